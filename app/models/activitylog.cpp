#include "models/activitylog.h"

#include "models/changeoperation.h"
#include "models/csv.h"
#include "models/datafolder.h"
#include "models/groupedit.h"
#include "models/workspace.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QAtomicInteger>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QSet>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace Models {

namespace {

using namespace Qt::StringLiterals;

/// How long a write waits for another process holding the file (a second window on the same
/// connection) before it gives up: short, it runs in the GUI thread.
constexpr int kBusyTimeoutMs = 250;

const QString kColumns = u"id, finished_at, updated_at, runs, source, text, groups, items, done, already_so, "
                         u"failed, cancelled, outcome, message, detail"_s;

/// \a text as a value for a NOT NULL column: a null QString binds as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

QString folded(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

QString sourceKey(ActivityEntry::Source source)
{
    return source == ActivityEntry::Source::GroupEdit ? u"group"_s : u"change"_s;
}

QString groupsJson(const QList<ActivityGroup> &groups)
{
    QJsonArray array;
    for (const ActivityGroup &group : groups)
        array.append(QJsonObject{{u"id"_s, group.id}, {u"name"_s, group.name}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ActivityGroup> groupsFromJson(const QString &json)
{
    QList<ActivityGroup> groups;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        groups.append({object.value(u"id"_s).toInteger(), object.value(u"name"_s).toString()});
    }
    return groups;
}

/// The first few distinct reasons of \a errors' messages, one a line, saying how many more.
QString reasonsText(const QList<QString> &reasons)
{
    QStringList distinct;
    QSet<QString> seen;
    for (const QString &reason : reasons) {
        if (reason.isEmpty() || seen.contains(reason))
            continue;
        seen.insert(reason);
        distinct.append(reason);
    }
    const int more = int(distinct.size()) - ActivityEntry::kMaxReasons;
    if (more > 0) {
        distinct.resize(ActivityEntry::kMaxReasons);
        distinct.append(ActivityEntry::tr("... and %n other reason(s)", nullptr, more));
    }
    return distinct.join(u'\n');
}

QString whereClause(const ActivityFilter &filter, qint64 beforeId)
{
    QStringList conditions;
    if (beforeId > 0)
        conditions.append(u"id < :before"_s);
    switch (filter.outcomes) {
    case ActivityFilter::Outcomes::All:
        break;
    case ActivityFilter::Outcomes::NotDone:
        conditions.append(u"outcome <> 'done'"_s);
        break;
    case ActivityFilter::Outcomes::Done:
        conditions.append(u"outcome = 'done'"_s);
        break;
    }
    // instr(), not LIKE: an exact match on the case-folded text, as matches() does it in C++
    // (LIKE folds ASCII only and gives % and _ a meaning).
    if (!folded(filter.text).isEmpty())
        conditions.append(u"instr(search, :text) > 0"_s);
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

void bindFilter(QSqlQuery &query, const ActivityFilter &filter, qint64 beforeId)
{
    if (beforeId > 0)
        query.bindValue(u":before"_s, beforeId);
    if (const QString text = folded(filter.text); !text.isEmpty())
        query.bindValue(u":text"_s, text);
}

ActivityEntry entryFromQuery(const QSqlQuery &query)
{
    ActivityEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    entry.updated = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    entry.runs = query.value(3).toInt();
    entry.source = query.value(4).toString() == u"group"_s ? ActivityEntry::Source::GroupEdit
                                                           : ActivityEntry::Source::Change;
    entry.text = query.value(5).toString();
    entry.groups = groupsFromJson(query.value(6).toString());
    entry.items = query.value(7).toInt();
    entry.done = query.value(8).toInt();
    entry.alreadySo = query.value(9).toInt();
    entry.failed = query.value(10).toInt();
    entry.cancelled = query.value(11).toInt();
    entry.outcome = ActivityEntry::outcomeFromKey(query.value(12).toString()).value_or(ActivityEntry::Outcome::Failed);
    entry.message = query.value(13).toString();
    entry.detail = query.value(14).toString();
    return entry;
}

QList<ActivityEntry> readEntries(const QSqlDatabase &db, const ActivityFilter &filter, qint64 beforeId, int limit)
{
    QList<ActivityEntry> result;
    if (!db.isOpen())
        return result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString sql = u"SELECT "_s + kColumns + u" FROM entries"_s + whereClause(filter, beforeId) + u" ORDER BY id DESC"_s;
    if (limit >= 0)
        sql += u" LIMIT %1"_s.arg(limit);
    query.prepare(sql);
    bindFilter(query, filter, beforeId);
    if (!query.exec()) {
        qWarning("activity log: %s", qPrintable(query.lastError().text()));
        return result;
    }
    if (limit > 0)
        result.reserve(limit);
    while (query.next())
        result.append(entryFromQuery(query));
    return result;
}

QByteArray csvOf(const QList<ActivityEntry> &entries)
{
    QList<QStringList> rows;
    rows.reserve(entries.size());
    for (const ActivityEntry &entry : entries)
        rows.append(ActivityLog::csvRow(entry));
    return Csv::write(ActivityLog::csvHeader(), rows);
}

} // namespace

// ---- ActivityEntry ----

ActivityEntry ActivityEntry::fromOperation(const ChangeOperation &operation)
{
    ActivityEntry entry;
    entry.source = Source::Change;
    entry.text = operation.text();
    entry.items = operation.size();
    entry.done = operation.count(Api::BulkOutcome::Done);
    entry.alreadySo = operation.count(Api::BulkOutcome::AlreadySo);
    entry.failed = operation.count(Api::BulkOutcome::Failed);
    // What never ended (pending when the run stopped) was not made either.
    entry.cancelled = entry.items - entry.done - entry.alreadySo - entry.failed;
    entry.outcome = outcomeOf(entry.done, entry.alreadySo, entry.failed, entry.cancelled);

    QSet<qint64> seen;
    for (int i = 0; i < operation.size(); ++i) {
        const Api::BulkChange &change = operation.change(i).forward;
        if (seen.contains(change.groupId))
            continue;
        seen.insert(change.groupId);
        entry.groups.append({change.groupId, change.groupName});
    }
    QList<QString> reasons;
    const QList<int> failures = operation.indexesWith(Api::BulkOutcome::Failed);
    reasons.reserve(failures.size());
    for (int index : failures)
        reasons.append(operation.error(index).message());
    entry.message = reasonsText(reasons);
    return entry;
}

std::optional<ActivityEntry> ActivityEntry::fromGroupEdit(const GroupEdit &edit)
{
    ActivityEntry entry;
    entry.source = Source::GroupEdit;
    entry.items = 1;
    switch (edit.kind()) {
    case GroupEdit::Kind::Create:
        entry.text = tr("Create %1").arg(edit.groupName());
        break;
    case GroupEdit::Kind::Edit:
        entry.text = tr("Edit %1").arg(edit.groupName());
        break;
    case GroupEdit::Kind::Replace:
        entry.text = tr("Replace %1").arg(edit.groupName());
        break;
    case GroupEdit::Kind::Undo:
        entry.text = tr("Undo %1").arg(edit.commandText());
        break;
    case GroupEdit::Kind::Redo:
        entry.text = tr("Redo %1").arg(edit.commandText());
        break;
    }
    const bool undoOrRedo = edit.kind() == GroupEdit::Kind::Undo || edit.kind() == GroupEdit::Kind::Redo;
    switch (edit.state()) {
    case GroupEdit::State::Succeeded:
        entry.done = 1;
        entry.detail = edit.message();
        break;
    case GroupEdit::State::Failed:
        if (edit.error().kind == Api::ApiError::Kind::Cancelled) {
            entry.cancelled = 1;
            entry.detail = edit.error().message();
        } else {
            entry.failed = 1;
            entry.message = edit.error().message();
        }
        break;
    case GroupEdit::State::Conflicted:
        // A dialog's edit waits for the person (overwrite finishes it again); an undo or redo
        // that met a later change on the server was refused, and nobody else records that.
        if (!undoOrRedo)
            return std::nullopt;
        entry.failed = 1;
        entry.message = edit.message();
        break;
    default:
        return std::nullopt;
    }
    entry.outcome = outcomeOf(entry.done, entry.alreadySo, entry.failed, entry.cancelled);
    if (edit.groupId() != 0 || !edit.groupName().isEmpty())
        entry.groups.append({edit.groupId(), edit.groupName()});
    QStringList fields;
    for (GroupField field : edit.fields())
        fields.append(GroupFields::name(field));
    if (!fields.isEmpty()) {
        const QString sent = tr("Fields: %1").arg(fields.join(u", "_s));
        entry.detail = entry.detail.isEmpty() ? sent : entry.detail + u'\n' + sent;
    }
    return entry;
}

ActivityEntry::Outcome ActivityEntry::outcomeOf(int done, int alreadySo, int failed, int cancelled)
{
    if (failed > 0)
        return done + alreadySo > 0 ? Outcome::PartlyDone : Outcome::Failed;
    if (cancelled > 0)
        return Outcome::Cancelled;
    return Outcome::Done;
}

QString ActivityEntry::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done:
        return tr("Done");
    case Outcome::PartlyDone:
        return tr("Partly done");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ActivityEntry::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done:
        return u"done"_s;
    case Outcome::PartlyDone:
        return u"partly"_s;
    case Outcome::Failed:
        return u"failed"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<ActivityEntry::Outcome> ActivityEntry::outcomeFromKey(const QString &key)
{
    for (Outcome outcome : {Outcome::Done, Outcome::PartlyDone, Outcome::Failed, Outcome::Cancelled}) {
        if (outcomeKey(outcome) == key)
            return outcome;
    }
    return std::nullopt;
}

QString ActivityEntry::groupsText() const
{
    constexpr int kShown = 3;
    QStringList names;
    for (const ActivityGroup &group : groups.mid(0, kShown)) {
        if (group.id == 0)
            names.append(group.name);
        else if (group.name.isEmpty())
            names.append(tr("group %1").arg(group.id));
        else
            //: A group's name and id: "Boston Office (12)".
            names.append(tr("%1 (%2)").arg(group.name).arg(group.id));
    }
    QString text = names.join(u", "_s);
    if (groups.size() > kShown)
        text = tr("%1 and %n more", nullptr, int(groups.size()) - kShown).arg(text);
    return text;
}

QString ActivityEntry::itemsText() const
{
    const QLocale locale;
    QString text = done == items ? tr("%1 done").arg(locale.toString(done))
                                 : tr("%1 of %2 done").arg(locale.toString(done), locale.toString(items));
    if (alreadySo > 0)
        text += u", "_s + tr("%1 already so").arg(locale.toString(alreadySo));
    if (failed > 0)
        text += u", "_s + tr("%1 failed").arg(locale.toString(failed));
    if (cancelled > 0)
        text += u", "_s + tr("%1 cancelled").arg(locale.toString(cancelled));
    return text;
}

QString ActivityEntry::messageLine() const
{
    QString line;
    for (const QString &reason : message.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.isEmpty())
            line += line.endsWith(u'.') || line.endsWith(u'!') || line.endsWith(u'?') ? u" "_s : u"; "_s;
        line += reason.trimmed();
    }
    return line;
}

QString ActivityEntry::toolTip() const
{
    const QLocale locale;
    QStringList lines;
    lines.append(text);
    lines.append(tr("%1, %2").arg(outcomeText(outcome), locale.toString(time.toLocalTime(), QLocale::LongFormat)));
    if (runs > 1)
        lines.append(tr("Failures retried %n time(s), last at %1", nullptr, runs - 1)
                         .arg(locale.toString(updated.toLocalTime(), QLocale::ShortFormat)));
    if (!groups.isEmpty())
        lines.append((groups.size() == 1 ? tr("Group: %1") : tr("Groups: %1")).arg(groupsText()));
    lines.append(tr("Items: %1").arg(itemsText()));
    if (!message.isEmpty())
        lines.append(tr("Server: %1").arg(message));
    if (!detail.isEmpty())
        lines.append(detail);
    return lines.join(u'\n');
}

QString ActivityEntry::searchText() const
{
    QStringList parts{text, message};
    for (const ActivityGroup &group : groups) {
        parts.append(group.name);
        if (group.id != 0)
            parts.append(QString::number(group.id));
    }
    return parts.join(u'\n').toCaseFolded();
}

bool ActivityFilter::matches(const ActivityEntry &entry) const
{
    switch (outcomes) {
    case Outcomes::All:
        break;
    case Outcomes::NotDone:
        if (entry.outcome == ActivityEntry::Outcome::Done)
            return false;
        break;
    case Outcomes::Done:
        if (entry.outcome != ActivityEntry::Outcome::Done)
            return false;
        break;
    }
    const QString needle = folded(text);
    return needle.isEmpty() || entry.searchText().contains(needle);
}

// ---- ActivityLog ----

ActivityLog::ActivityLog(const QString &folder, const QString &connectionKey, QObject *parent)
    : QObject(parent)
{
    static QAtomicInteger<quint64> serial;
    m_connectionName = u"civis-activity-%1"_s.arg(++serial);
    m_path = QDir(folder).filePath(connectionKey + u".sqlite"_s);
    open(folder);
}

ActivityLog::~ActivityLog()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ActivityLog::defaultFolder()
{
    return QDir(dataFolder()).filePath(u"activity"_s);
}

QString ActivityLog::connectionKey(const QUrl &baseUrl, qint64 userId, const QString &sandboxDatabase)
{
    QString place;
    if (!sandboxDatabase.isEmpty()) {
        // The path as the file system names it, so "./x.sqlite" and its absolute path agree.
        const QFileInfo info(sandboxDatabase);
        const QString path = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
        const QByteArray digest = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
        place = u"sandbox-"_s + QString::fromLatin1(digest);
    } else {
        place = baseUrl.host(QUrl::FullyEncoded).toLower();
        if (baseUrl.port() > 0)
            place += u'_' + QString::number(baseUrl.port());
        for (QChar &c : place) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'-' && c != u'_')
                c = u'_';
        }
        if (place.isEmpty())
            place = u"unknown"_s;
    }
    return place + u'-' + QString::number(userId);
}

bool ActivityLog::open(const QString &folder)
{
    if (!QDir().mkpath(folder)) {
        m_error = tr("Could not make the folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const bool existed = QFile::exists(m_path);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db.open()) {
        m_error = tr("Could not open the activity log %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        return false;
    }
    if (!existed) // the administrator's own record: theirs to read, nobody else's
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    QSqlQuery query(db);
    // Write-ahead logging: a crash of the app mid-write leaves every committed entry and a whole
    // file (NORMAL is durable against that in WAL mode; only a power cut may lose the last
    // commits, never the file). FULL would sync each entry, some milliseconds in the GUI thread.
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.exec(u"PRAGMA synchronous = NORMAL"_s)
        || !query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        m_error = tr("Could not read the activity log %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
        db.close();
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > kSchemaVersion) {
        m_error = tr("The activity log %1 was written by a newer version of the app; it is left as it is.")
                      .arg(QDir::toNativeSeparators(m_path));
        db.close();
        return false;
    }
    if (version == 0 && !createSchema()) {
        db.close();
        return false;
    }
    return true;
}

bool ActivityLog::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // Times are milliseconds since the epoch, UTC; outcome and source are words, so the file
    // reads the same to sqlite3 as to the app. search is the case-folded text a filter matches.
    const QStringList statements = {
        u"CREATE TABLE IF NOT EXISTS entries ("
        u" id INTEGER PRIMARY KEY AUTOINCREMENT,"
        u" finished_at INTEGER NOT NULL,"
        u" updated_at INTEGER NOT NULL,"
        u" runs INTEGER NOT NULL DEFAULT 1,"
        u" source TEXT NOT NULL,"
        u" text TEXT NOT NULL,"
        u" groups TEXT NOT NULL,"
        u" items INTEGER NOT NULL,"
        u" done INTEGER NOT NULL,"
        u" already_so INTEGER NOT NULL,"
        u" failed INTEGER NOT NULL,"
        u" cancelled INTEGER NOT NULL,"
        u" outcome TEXT NOT NULL,"
        u" message TEXT NOT NULL,"
        u" detail TEXT NOT NULL,"
        u" search TEXT NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS entries_outcome ON entries (outcome, id)"_s,
        u"PRAGMA user_version = %1"_s.arg(kSchemaVersion),
    };
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            m_error = tr("Could not set up the activity log %1: %2")
                          .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool ActivityLog::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

void ActivityLog::fail(const QString &error)
{
    m_error = error;
    qWarning("activity log: %s", qPrintable(error));
    Q_EMIT errorOccurred(error);
}

void ActivityLog::watch(Workspace *workspace)
{
    connect(workspace, &Workspace::operationFinished, this, &ActivityLog::operationFinished);
    connect(GroupEditQueue::of(workspace), &GroupEditQueue::finished, this, &ActivityLog::groupEditFinished);
}

void ActivityLog::operationFinished(ChangeOperation *operation)
{
    if (!operation)
        return;
    ActivityEntry entry = ActivityEntry::fromOperation(*operation);
    if (const auto it = m_operationEntries.constFind(operation); it != m_operationEntries.cend()) {
        entry.id = *it;
        update(entry);
        return;
    }
    if (const qint64 id = record(entry); id != 0) {
        m_operationEntries.insert(operation, id);
        // Forgotten when the run goes, so a new run at the same address is a new entry.
        connect(operation, &QObject::destroyed, this,
            [this, operation] { m_operationEntries.remove(operation); });
    }
}

void ActivityLog::groupEditFinished(GroupEdit *edit)
{
    if (!edit)
        return;
    if (std::optional<ActivityEntry> entry = ActivityEntry::fromGroupEdit(*edit))
        record(*entry);
}

qint64 ActivityLog::record(ActivityEntry entry)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return 0;
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    if (!entry.updated.isValid())
        entry.updated = entry.time;
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO entries (finished_at, updated_at, runs, source, text, groups, items, done, "
                  u"already_so, failed, cancelled, outcome, message, detail, search) VALUES (:finished, :updated, "
                  u":runs, :source, :text, :groups, :items, :done, :already, :failed, :cancelled, :outcome, "
                  u":message, :detail, :search)"_s);
    query.bindValue(u":finished"_s, entry.time.toMSecsSinceEpoch());
    query.bindValue(u":updated"_s, entry.updated.toMSecsSinceEpoch());
    query.bindValue(u":runs"_s, entry.runs);
    query.bindValue(u":source"_s, sourceKey(entry.source));
    query.bindValue(u":text"_s, notNull(entry.text));
    query.bindValue(u":groups"_s, groupsJson(entry.groups));
    query.bindValue(u":items"_s, entry.items);
    query.bindValue(u":done"_s, entry.done);
    query.bindValue(u":already"_s, entry.alreadySo);
    query.bindValue(u":failed"_s, entry.failed);
    query.bindValue(u":cancelled"_s, entry.cancelled);
    query.bindValue(u":outcome"_s, ActivityEntry::outcomeKey(entry.outcome));
    query.bindValue(u":message"_s, notNull(entry.message));
    query.bindValue(u":detail"_s, notNull(entry.detail));
    query.bindValue(u":search"_s, entry.searchText());
    if (!query.exec()) {
        fail(tr("Could not write to the activity log %1: %2")
                 .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
        return 0;
    }
    entry.id = query.lastInsertId().toLongLong();
    Q_EMIT entryAdded(entry);
    return entry.id;
}

bool ActivityLog::update(const ActivityEntry &entry)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    query.prepare(u"UPDATE entries SET updated_at = :updated, runs = runs + 1, items = :items, done = :done, "
                  u"already_so = :already, failed = :failed, cancelled = :cancelled, outcome = :outcome, "
                  u"message = :message, search = :search WHERE id = :id"_s);
    query.bindValue(u":updated"_s, QDateTime::currentMSecsSinceEpoch());
    query.bindValue(u":items"_s, entry.items);
    query.bindValue(u":done"_s, entry.done);
    query.bindValue(u":already"_s, entry.alreadySo);
    query.bindValue(u":failed"_s, entry.failed);
    query.bindValue(u":cancelled"_s, entry.cancelled);
    query.bindValue(u":outcome"_s, ActivityEntry::outcomeKey(entry.outcome));
    query.bindValue(u":message"_s, notNull(entry.message));
    query.bindValue(u":search"_s, entry.searchText());
    query.bindValue(u":id"_s, entry.id);
    if (!query.exec()) {
        fail(tr("Could not write to the activity log %1: %2")
                 .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
        return false;
    }
    QSqlQuery read(db);
    read.prepare(u"SELECT "_s + kColumns + u" FROM entries WHERE id = :id"_s);
    read.bindValue(u":id"_s, entry.id);
    if (read.exec() && read.next())
        Q_EMIT entryChanged(entryFromQuery(read));
    return true;
}

QList<ActivityEntry> ActivityLog::entries(const ActivityFilter &filter, qint64 beforeId, int limit) const
{
    return readEntries(QSqlDatabase::database(m_connectionName, false), filter, beforeId, limit);
}

int ActivityLog::count(const ActivityFilter &filter) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return 0;
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM entries"_s + whereClause(filter, 0));
    bindFilter(query, filter, 0);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

QStringList ActivityLog::csvHeader()
{
    return {tr("Time"), tr("Change"), tr("Groups"), tr("Group ids"), tr("Items"), tr("Done"), tr("Already so"),
        tr("Failed"), tr("Cancelled"), tr("Outcome"), tr("Message")};
}

QStringList ActivityLog::csvRow(const ActivityEntry &entry)
{
    QStringList names;
    QStringList ids;
    for (const ActivityGroup &group : entry.groups) {
        names.append(group.name);
        ids.append(group.id != 0 ? QString::number(group.id) : QString());
    }
    return {entry.time.toLocalTime().toString(Qt::ISODate), entry.text, names.join(u"; "_s), ids.join(u"; "_s),
        QString::number(entry.items), QString::number(entry.done), QString::number(entry.alreadySo),
        QString::number(entry.failed), QString::number(entry.cancelled), ActivityEntry::outcomeText(entry.outcome),
        entry.messageLine()};
}

QByteArray ActivityLog::csv(const ActivityFilter &filter) const
{
    return csvOf(entries(filter));
}

void ActivityLog::csvLater(const ActivityFilter &filter, QObject *context, std::function<void(const QByteArray &)> done) const
{
    static QAtomicInteger<quint64> serial;
    const QString connection = m_connectionName + u"-export-%1"_s.arg(++serial);
    const QString path = m_path;
    QFuture<QByteArray> future = QtConcurrent::run([connection, path, filter] {
        QByteArray csv;
        {
            // A connection belongs to the thread that made it: this one is the worker's own, a
            // reader beside the GUI's writer (WAL lets them be).
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
            if (db.open())
                csv = csvOf(readEntries(db, filter, 0, -1));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return csv;
    });
    auto *watcher = new QFutureWatcher<QByteArray>(context);
    QObject::connect(watcher, &QFutureWatcher<QByteArray>::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace Models
