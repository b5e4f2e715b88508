#include "api/connectionprofiles.h"

#include "api/apilogging.h"

#include <QtCore/QSettings>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

/// Whether the settings file holds \a value under \a key (an invalid value: holds no such key)
/// after a sync(). QSettings::status() cannot say: it keeps the first error it ever met, and a
/// QSettings made before its folder existed (any first start) meets an AccessError at once,
/// however well every write after it goes. So the file itself is read back.
bool onDisk(const QSettings &settings, const QString &key, const QVariant &value)
{
    if (settings.status() == QSettings::NoError)
        return true;
    const QSettings file(settings.fileName(), settings.format());
    return value.isValid() ? file.value(key) == value : !file.contains(key);
}

// Profiles are "connections/<name>/baseUrl"; the default choice sits outside that group, so that
// no profile name can collide with it.
const QString kGroup = u"connections"_s;
const QString kDefaultKey = u"defaultConnection"_s;

QString groupOf(const QString &name)
{
    return kGroup + u'/' + name;
}

QString urlKeyOf(const QString &name)
{
    return groupOf(name) + u"/baseUrl"_s;
}

QString unknownProfile(const QString &name)
{
    return ConnectionProfiles::tr("There is no saved connection named \"%1\".").arg(name);
}

enum class Operation { Save, Read, Remove };

/// A sentence for a person about a failed keychain job; \a secret is cut out of the keychain's text.
QString keychainFailure(const QKeychain::Job &job, Operation operation, const QString &name, const QString &secret)
{
    if (job.error() == QKeychain::EntryNotFound && operation == Operation::Read)
        return ConnectionProfiles::tr(
            "The system keychain has no key for \"%1\"; save the connection again with its key.")
            .arg(name);

    QString detail = redacted(job.errorString().trimmed(), secret);
    while (detail.endsWith(u'.'))
        detail.chop(1);
    // What went wrong, in the keychain's own words when it gave any; then what that means.
    QString cause;
    switch (job.error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        cause = detail.isEmpty()
            ? ConnectionProfiles::tr("The system keychain refused access (it may be locked).")
            : ConnectionProfiles::tr("The system keychain refused access (it may be locked): %1.").arg(detail);
        break;
    case QKeychain::CouldNotDeleteEntry:
        cause = detail.isEmpty()
            ? ConnectionProfiles::tr("The system keychain could not delete the key.")
            : ConnectionProfiles::tr("The system keychain could not delete the key: %1.").arg(detail);
        break;
    default:
        cause = detail.isEmpty() ? ConnectionProfiles::tr("The system keychain is not available.")
                                 : ConnectionProfiles::tr("The system keychain is not available: %1.").arg(detail);
        break;
    }
    QString consequence;
    switch (operation) {
    case Operation::Save:
        consequence = ConnectionProfiles::tr("The key for \"%1\" could not be saved.").arg(name);
        break;
    case Operation::Read:
        consequence = ConnectionProfiles::tr("The key for \"%1\" could not be read.").arg(name);
        break;
    case Operation::Remove:
        consequence = ConnectionProfiles::tr("The key for \"%1\" could not be removed.").arg(name);
        break;
    }
    return ConnectionProfiles::tr("%1 %2", "what went wrong with the keychain, then what it means for the connection")
        .arg(cause, consequence);
}

/// What a finished keychain job's error means for the caller.
ConnectionProfiles::KeychainStatus keychainStatus(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return ConnectionProfiles::KeychainStatus::Ok;
    case QKeychain::EntryNotFound:
        return ConnectionProfiles::KeychainStatus::NoKey;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return ConnectionProfiles::KeychainStatus::Refused;
    default:
        return ConnectionProfiles::KeychainStatus::Unavailable;
    }
}

template <typename Job>
Job *newJob(const QString &name)
{
    // No parent: QtKeychain's libsecret callbacks point at the job, so it must live until it has
    // finished; it deletes itself then (autoDelete).
    auto *job = new Job(ConnectionProfiles::keychainService());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a key must never land in a plain file
    job->setKey(name);
    return job;
}

} // namespace

ConnectionProfiles::ConnectionProfiles(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
}

ConnectionProfiles::~ConnectionProfiles() = default;

QString ConnectionProfiles::keychainService()
{
    return u"Civis Groups Admin"_s;
}

QString ConnectionProfiles::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A saved connection needs a name.");
    if (name.contains(u'/') || name.contains(u'\\'))
        return tr("The name of a saved connection cannot contain \"/\" or \"\\\", as \"%1\" does.").arg(name);
    return {};
}

QSettings &ConnectionProfiles::settings() const
{
    return *m_settings;
}

QStringList ConnectionProfiles::names() const
{
    settings().beginGroup(kGroup);
    QStringList result = settings().childGroups();
    settings().endGroup();
    result.sort(Qt::CaseInsensitive);
    return result;
}

bool ConnectionProfiles::contains(const QString &name) const
{
    return nameProblem(name).isEmpty() && settings().contains(urlKeyOf(name));
}

QUrl ConnectionProfiles::baseUrl(const QString &name) const
{
    if (!contains(name))
        return {};
    return QUrl(settings().value(urlKeyOf(name)).toString());
}

QString ConnectionProfiles::defaultProfile() const
{
    const QString name = settings().value(kDefaultKey).toString();
    return contains(name) ? name : QString();
}

bool ConnectionProfiles::setDefaultProfile(const QString &name)
{
    if (name.isEmpty())
        settings().remove(kDefaultKey);
    else if (contains(name))
        settings().setValue(kDefaultKey, name);
    else
        return false;
    settings().sync();
    return true;
}

void ConnectionProfiles::save(const QString &name, const ConnectionSettings &connection)
{
    QString problem = nameProblem(name);
    if (problem.isEmpty())
        problem = connection.problem();
    if (!problem.isEmpty()) {
        problem = redacted(problem, connection.apiKey);
        qCWarning(lcApiSettings) << "Not saving connection" << name << "-" << problem;
        QMetaObject::invokeMethod(
            this, [this, name, problem] { Q_EMIT saved(name, problem, KeychainStatus::Ok); }, Qt::QueuedConnection);
        return;
    }

    const QUrl url = ConnectionSettings::normalizedBaseUrl(connection.baseUrl);
    const QString key = connection.apiKey;
    qCDebug(lcApiSettings) << "Saving the key of connection" << name << "to the system keychain";
    auto *job = newJob<QKeychain::WritePasswordJob>(name);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, name, url, key](QKeychain::Job *job) {
        QString error;
        if (job->error() == QKeychain::NoError) {
            error = storeUrl(name, url); // only now: no profile without its key
        } else {
            error = keychainFailure(*job, Operation::Save, name, key);
            // With no keychain at all the name and address are still worth keeping: the next
            // start offers them and asks only for the key.
            if (keychainStatus(*job) == KeychainStatus::Unavailable)
                storeUrl(name, url);
        }
        if (error.isEmpty())
            qCInfo(lcApiSettings) << "Saved connection" << name << "for host" << url.host();
        else
            qCWarning(lcApiSettings) << "Could not save connection" << name << "-" << error;
        Q_EMIT saved(name, error, keychainStatus(*job));
    });
    job->start();
}

QString ConnectionProfiles::saveAddress(const QString &name, const QUrl &baseUrl)
{
    if (QString problem = nameProblem(name); !problem.isEmpty())
        return problem;
    return storeUrl(name, ConnectionSettings::normalizedBaseUrl(baseUrl));
}

QString ConnectionProfiles::storeUrl(const QString &name, const QUrl &url)
{
    const bool added = !contains(name);
    const QString stored = url.toString(QUrl::FullyEncoded);
    settings().setValue(urlKeyOf(name), stored);
    settings().sync();
    if (!onDisk(settings(), urlKeyOf(name), stored))
        return tr("The key for \"%1\" is in the system keychain, but the connection could not be written to %2.")
            .arg(name, settings().fileName());
    if (added)
        Q_EMIT namesChanged();
    return {};
}

void ConnectionProfiles::load(const QString &name)
{
    if (!contains(name)) {
        const QString error = nameProblem(name).isEmpty() ? unknownProfile(name) : nameProblem(name);
        qCWarning(lcApiSettings) << "Could not load connection" << name << "-" << error;
        QMetaObject::invokeMethod(
            this, [this, name, error] { Q_EMIT loaded(name, ConnectionSettings(), error, KeychainStatus::Ok); }, Qt::QueuedConnection);
        return;
    }

    qCDebug(lcApiSettings) << "Reading the key of connection" << name << "from the system keychain";
    auto *job = newJob<QKeychain::ReadPasswordJob>(name);
    connect(job, &QKeychain::Job::finished, this, [this, name](QKeychain::Job *job) {
        ConnectionSettings connection;
        QString error;
        if (!contains(name)) { // removed while the keychain was read
            error = unknownProfile(name);
        } else {
            connection.profileName = name;
            connection.baseUrl = baseUrl(name);
            if (job->error() != QKeychain::NoError)
                error = keychainFailure(*job, Operation::Read, name, QString());
            else
                connection.apiKey = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        }
        if (error.isEmpty())
            qCInfo(lcApiSettings) << "Loaded connection" << name << "for host" << connection.baseUrl.host();
        else
            qCWarning(lcApiSettings) << "Could not load connection" << name << "-" << error;
        Q_EMIT loaded(name, connection, error, keychainStatus(*job));
    });
    job->start();
}

void ConnectionProfiles::remove(const QString &name)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, name, problem] { Q_EMIT removed(name, problem, KeychainStatus::Ok); }, Qt::QueuedConnection);
        return;
    }

    qCDebug(lcApiSettings) << "Removing the key of connection" << name << "from the system keychain";
    auto *job = newJob<QKeychain::DeletePasswordJob>(name);
    connect(job, &QKeychain::Job::finished, this, [this, name](QKeychain::Job *job) {
        QString error;
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            error = keychainFailure(*job, Operation::Remove, name, QString());
        else
            error = dropSettings(name);
        if (error.isEmpty())
            qCInfo(lcApiSettings) << "Removed connection" << name;
        else
            qCWarning(lcApiSettings) << "Could not remove connection" << name << "-" << error;
        // A key that was not there is no failure of a removal.
        Q_EMIT removed(name, error, job->error() == QKeychain::EntryNotFound ? KeychainStatus::Ok : keychainStatus(*job));
    });
    job->start();
}

QString ConnectionProfiles::dropSettings(const QString &name)
{
    const bool existed = contains(name);
    if (!existed)
        return {};
    settings().remove(groupOf(name));
    if (settings().value(kDefaultKey).toString() == name)
        settings().remove(kDefaultKey);
    settings().sync();
    if (!onDisk(settings(), urlKeyOf(name), {}))
        return tr("The key for \"%1\" was removed from the system keychain, but the connection could not be removed "
                  "from %2.")
            .arg(name, settings().fileName());
    Q_EMIT namesChanged();
    return {};
}

} // namespace Api
