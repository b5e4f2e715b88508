#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace Api {

/// Why an API call did not give its result: enough for a person (message()) and for a log
/// or a bug report (toString()): what was asked, what kind of failure, what the server said.
struct ApiError
{
    enum class Kind {
        None,
        Network, ///< No answer: refused, reset, host not found, TLS failure.
        Timeout, ///< No answer within the per-request time limit.
        BadBody, ///< An answer that is not the JSON the contract promises (HTML, cut short, wrong shape).
        Refusal, ///< The server answered with an error status (4xx, 5xx).
        Cancelled, ///< Stopped by the person (or the program) before it finished.
        Configuration, ///< Never sent: no key, or a URL the key must not be sent to.
    };

    Kind kind = Kind::None;
    int httpStatus = 0; ///< 0 when there was no HTTP answer.
    QString error; ///< The API's "error" (e.g. "not_found"), when it sent one.
    QString errorDescription; ///< The API's "errorDescription": the text to show people.
    QString method; ///< e.g. "PUT"
    QString path; ///< e.g. "/groups/12/members/40", without the query
    QString detail; ///< What went wrong below HTTP, or which field of the body was wrong; for people, translated.

    bool isNull() const { return kind == Kind::None; }
    /// A sentence for the person who acted, translated: the server's own words when it gave any.
    QString message() const;
    /// "PUT /groups/12/members/40: 404 not_found: <description>" for logs and reports: not translated
    /// (only the detail it quotes is).
    QString toString() const;
    static QString kindName(Kind kind);

    Q_DECLARE_TR_FUNCTIONS(Api::ApiError)
};

} // namespace Api
