#pragma once

#include "models/userdrag.h"

#include "api/apiclient.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace Models {

/// What pasted text named: the users found (in the order pasted, each once), the words that
/// name nobody, and those that name more than one user, with the users each of those names
/// (so a person can pick the one meant).
struct UserResolution
{
    QList<UserRef> found;
    /// Per user of found, the word that named it first.
    QStringList foundWords;
    QStringList notFound;
    QStringList ambiguous;
    /// Per word of ambiguous, the users it names (two or more), in the directory's order.
    QList<QList<UserRef>> candidates;
    /// Why the directory could not be read; the lists above are then incomplete.
    Api::ApiError error;
};

/// Resolves pasted text (ids, usernames, e-mails or full names, one per line or separated by
/// commas, semicolons or tabs; "Name <email>" and "Name (username)" lines as the app's own drags
/// write them) against the user directory. A full name ("Ada Lopez", any case) names every user
/// of that name: two people who share one make the word ambiguous.
///
/// A few words are looked up one by one (GET /users/{id}, or GET /users?query= matched exactly
/// here, since the server's query matches parts of names); from kDirectoryThreshold words on,
/// the whole directory is read once (pages of 1000, in parallel) and matched here, which is
/// fewer requests for a long list.
class UserResolver : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDirectoryThreshold = 20;

    explicit UserResolver(Api::ApiClient *client, QObject *parent = nullptr);
    ~UserResolver() override;

    /// The words of \a text that name a user, trimmed, each once (ignoring case), in order.
    static QStringList tokens(const QString &text);

    /// Starts resolving \a text; resolved() follows (also for text naming nobody). A resolution
    /// still running is cancelled.
    void resolve(const QString &text);
    void cancel();
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void resolved(const Models::UserResolution &resolution);

private:
    void resolveOneByOne();
    void resolveAgainstDirectory();
    /// Settles token \a index with the users that match it exactly.
    void settle(int index, const QList<UserRef> &matches);
    void finishIfDone();

    QPointer<Api::ApiClient> m_client;
    QStringList m_tokens;
    QList<QList<UserRef>> m_matches; ///< Per token.
    Api::ApiError m_error;
    int m_pending = 0;
    quint64 m_generation = 0; ///< Answers to a cancelled resolution are ignored.
    QList<QPointer<Api::ApiCall>> m_calls;
    QPointer<Api::PageLoader> m_loader;
};

} // namespace Models

Q_DECLARE_METATYPE(Models::UserResolution)
