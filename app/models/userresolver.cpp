#include "models/userresolver.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

#include <algorithm>

namespace Models {

namespace {
UserRef refOf(const Api::User &user)
{
    return {user.id, user.name, user.user, user.email.value_or(QString())};
}

UserRef refOf(const Api::UserDetail &user)
{
    return {user.id, user.name, user.user, user.email.value_or(QString())};
}

bool isId(const QString &token)
{
    bool ok = false;
    return token.toLongLong(&ok) > 0 && ok;
}

/// Whether \a token can only be a full name: usernames and e-mails hold no spaces.
bool isFullName(const QString &token)
{
    return token.contains(u' ') && !token.contains(u'@');
}

/// The key a full name is matched on: case and runs of spaces do not count.
QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

/// Whether \a user is what \a token names exactly: its id, username, e-mail or full name.
bool names(const QString &token, const UserRef &user)
{
    if (isId(token))
        return user.id == token.toLongLong();
    if (isFullName(token))
        return nameKey(user.name) == nameKey(token);
    return user.username.compare(token, Qt::CaseInsensitive) == 0
        || (!user.email.isEmpty() && user.email.compare(token, Qt::CaseInsensitive) == 0);
}
} // namespace

UserResolver::UserResolver(Api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

UserResolver::~UserResolver()
{
    cancel();
}

QStringList UserResolver::tokens(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\r\\n,;\\t]+"));
    // "Ada Lopez <ada@example.com>" and "Ada Lopez (ada.lopez)": the part in brackets.
    static const QRegularExpression bracketed(QStringLiteral("[<(]\\s*([^<>()\\s]+)\\s*[>)]\\s*$"));
    QStringList result;
    QSet<QString> seen;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        QString token = part.trimmed();
        const QRegularExpressionMatch match = bracketed.match(token);
        if (match.hasMatch())
            token = match.captured(1);
        if (token.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            token = token.mid(7);
        if (token.isEmpty())
            continue;
        const QString key = token.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.append(token);
    }
    return result;
}

void UserResolver::resolve(const QString &text)
{
    cancel();
    m_tokens = tokens(text);
    m_matches = QList<QList<UserRef>>(m_tokens.size());
    m_error = {};
    if (!m_client || m_tokens.isEmpty()) {
        if (!m_client && !m_tokens.isEmpty()) {
            m_error.kind = Api::ApiError::Kind::Cancelled;
            m_error.detail = tr("The connection was closed.");
        }
        m_pending = 1; // finishIfDone() settles it
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation)
                    finishIfDone();
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_tokens.size() >= kDirectoryThreshold)
        resolveAgainstDirectory();
    else
        resolveOneByOne();
}

void UserResolver::cancel()
{
    ++m_generation;
    m_pending = 0;
    for (const QPointer<Api::ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    m_calls.clear();
    if (m_loader)
        m_loader->cancel();
    m_loader = nullptr;
}

void UserResolver::resolveOneByOne()
{
    const quint64 generation = m_generation;
    m_pending = int(m_tokens.size());
    for (int i = 0; i < m_tokens.size(); ++i) {
        const QString token = m_tokens.at(i);
        if (isId(token)) {
            Api::Call<Api::UserDetail> call = m_client->users().get(token.toLongLong());
            m_calls.append(call.call());
            call.onFinished(this, [this, i, generation](const Api::Result<Api::UserDetail> &result) {
                if (generation != m_generation)
                    return;
                // A 404 says there is no such user; any other failure leaves it unknown.
                if (!result && result.error.httpStatus != 404)
                    m_error = result.error;
                settle(i, result ? QList<UserRef>{refOf(*result)} : QList<UserRef>());
            });
            continue;
        }
        Api::UserListQuery query;
        query.query = token;
        query.accountStatus = QStringLiteral("all");
        query.limit = 1000;
        query.excludeGroups = true;
        Api::Call<Api::Page<Api::User>> call = m_client->users().list(query);
        m_calls.append(call.call());
        call.onFinished(this, [this, i, token, generation](const Api::Result<Api::Page<Api::User>> &result) {
            if (generation != m_generation)
                return;
            QList<UserRef> matches;
            if (result) {
                for (const Api::User &user : result->items) {
                    const UserRef ref = refOf(user);
                    if (names(token, ref))
                        matches.append(ref);
                }
            } else {
                m_error = result.error;
            }
            settle(i, matches);
        });
    }
}

void UserResolver::resolveAgainstDirectory()
{
    const quint64 generation = m_generation;
    m_pending = 1;
    Api::UserListQuery query;
    query.accountStatus = QStringLiteral("all");
    query.limit = 1000;
    // Nothing here needs a user's groups: without them a page is a fraction of the size.
    query.excludeGroups = true;
    auto directory = std::make_shared<QList<UserRef>>();
    Api::AllPages<Api::User> pages = m_client->users().listAll(query);
    m_loader = pages.loader();
    pages.onPage(this, [directory, generation, this](const QList<Api::User> &users, int) {
        if (generation != m_generation)
            return;
        for (const Api::User &user : users)
            directory->append(refOf(user));
    });
    pages.onFinished(this, [this, directory, generation](const Api::ApiError &error) {
        if (generation != m_generation)
            return;
        m_loader = nullptr;
        m_error = error;
        QHash<qint64, int> byId;
        QMultiHash<QString, int> byName; // usernames and e-mails, case-folded
        QMultiHash<QString, int> byFullName; // nameKey()
        byId.reserve(directory->size());
        byName.reserve(directory->size() * 2);
        for (int i = 0; i < directory->size(); ++i) {
            const UserRef &user = directory->at(i);
            byId.insert(user.id, i);
            byName.insert(user.username.toCaseFolded(), i);
            if (!user.email.isEmpty() && user.email.compare(user.username, Qt::CaseInsensitive) != 0)
                byName.insert(user.email.toCaseFolded(), i);
        }
        // Names only when a word is one: most long pastes are ids or e-mails.
        const bool anyFullName
            = std::any_of(m_tokens.cbegin(), m_tokens.cend(), [](const QString &token) { return isFullName(token); });
        if (anyFullName) {
            byFullName.reserve(directory->size());
            for (int i = 0; i < directory->size(); ++i)
                byFullName.insert(nameKey(directory->at(i).name), i);
        }
        for (int t = 0; t < m_tokens.size(); ++t) {
            const QString &token = m_tokens.at(t);
            QList<int> hits;
            if (isId(token)) {
                if (const auto it = byId.constFind(token.toLongLong()); it != byId.constEnd())
                    hits.append(*it);
            } else if (isFullName(token)) {
                hits = byFullName.values(nameKey(token));
                std::sort(hits.begin(), hits.end());
            } else {
                hits = byName.values(token.toCaseFolded());
                std::sort(hits.begin(), hits.end());
                hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
            }
            for (int hit : std::as_const(hits))
                m_matches[t].append(directory->at(hit));
        }
        m_pending = 1;
        finishIfDone();
    });
}

void UserResolver::settle(int index, const QList<UserRef> &matches)
{
    m_matches[index] = matches;
    finishIfDone();
}

void UserResolver::finishIfDone()
{
    if (m_pending <= 0 || --m_pending > 0)
        return;
    m_calls.clear();
    UserResolution resolution;
    resolution.error = m_error;
    QSet<qint64> added;
    for (int i = 0; i < m_tokens.size(); ++i) {
        const QList<UserRef> &matches = m_matches.at(i);
        if (matches.isEmpty()) {
            resolution.notFound.append(m_tokens.at(i));
        } else if (matches.size() > 1) {
            resolution.ambiguous.append(m_tokens.at(i));
            resolution.candidates.append(matches);
        } else if (!added.contains(matches.first().id)) {
            added.insert(matches.first().id);
            resolution.found.append(matches.first());
            resolution.foundWords.append(m_tokens.at(i));
        }
    }
    Q_EMIT resolved(resolution);
}

} // namespace Models
