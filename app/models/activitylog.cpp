#include "models/activitylog.h"

#include "models/changeoperation.h"
#include "models/csv.h"
#include "models/datafolder.h"
#include "models/groupedit.h"
#include "models/permissionleveltext.h"
#include "models/workspace.h"

#include "api/apiclient.h"

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

#include <memory>

namespace Models {

namespace {

using namespace Qt::StringLiterals;

/// How long a write waits for another process holding the file (a second window on the same
/// connection) before it gives up: short, it runs in the GUI thread.
constexpr int kBusyTimeoutMs = 250;

const QString kColumns = u"id, finished_at, updated_at, runs, source, text, groups, items, done, already_so, "
                         u"failed, cancelled, outcome, message, detail, actor_id, actor_username"_s;
const QString kItemColumns = u"entry_id, action, group_id, group_name, kind, target_id, name, handle, level_before, "
                             u"level_after, outcome, reason"_s;

/// The statements that make the schema of version 2 on an empty file (entries as version 1
/// made them, with the actor added, and the items table). Times are milliseconds since the
/// epoch, UTC; outcomes, kinds, actions and levels are words, so the file reads the same to
/// sqlite3 as to the app. search is the case-folded text a filter matches.
const QStringList &itemsSchema()
{
    static const QStringList statements = {
        u"CREATE TABLE IF NOT EXISTS items ("
        u" entry_id INTEGER NOT NULL REFERENCES entries (id),"
        u" position INTEGER NOT NULL,"
        u" action TEXT NOT NULL,"
        u" group_id INTEGER NOT NULL,"
        u" group_name TEXT NOT NULL,"
        u" kind TEXT NOT NULL,"
        u" target_id INTEGER NOT NULL,"
        u" name TEXT NOT NULL,"
        u" handle TEXT NOT NULL,"
        u" level_before TEXT NOT NULL,"
        u" level_after TEXT NOT NULL,"
        u" outcome TEXT NOT NULL,"
        u" reason TEXT NOT NULL,"
        u" search TEXT NOT NULL,"
        u" PRIMARY KEY (entry_id, position)) WITHOUT ROWID"_s,
    };
    return statements;
}

/// \a text as a value for a NOT NULL column: a null QString binds as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

/// \a seconds east of UTC as ISO 8601 writes an offset: "+01:00", "-05:30", "+00:00".
QString offsetText(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return (seconds < 0 ? u'-' : u'+')
        + u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
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
    // (LIKE folds ASCII only and gives % and _ a meaning). An entry matches by its own text or
    // by one of its items (a person's name, username or id): the items' key starts with the
    // entry's id, so the look-up is one index range per entry.
    if (!folded(filter.text).isEmpty())
        conditions.append(u"(instr(search, :text) > 0 OR EXISTS (SELECT 1 FROM items WHERE items.entry_id = entries.id "
                          u"AND instr(items.search, :itemtext) > 0))"_s);
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

void bindFilter(QSqlQuery &query, const ActivityFilter &filter, qint64 beforeId)
{
    if (beforeId > 0)
        query.bindValue(u":before"_s, beforeId);
    if (const QString text = folded(filter.text); !text.isEmpty()) {
        query.bindValue(u":text"_s, text);
        query.bindValue(u":itemtext"_s, text);
    }
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
    entry.actor.id = query.value(15).toLongLong(); // NULL (unknown, a version 1 entry) reads as 0
    entry.actor.username = query.value(16).toString();
    return entry;
}

ActivityItem itemFromQuery(const QSqlQuery &query)
{
    ActivityItem item;
    item.action = ActivityItem::actionFromKey(query.value(1).toString()).value_or(ActivityItem::Action::Edit);
    item.groupId = query.value(2).toLongLong();
    item.groupName = query.value(3).toString();
    item.kind = query.value(4).toString() == u"group"_s ? ActivityItem::Kind::Group : ActivityItem::Kind::User;
    item.id = query.value(5).toLongLong();
    item.name = query.value(6).toString();
    item.handle = query.value(7).toString();
    item.before = Api::permissionLevelFromName(query.value(8).toString());
    item.after = Api::permissionLevelFromName(query.value(9).toString());
    item.outcome = ActivityItem::outcomeFromKey(query.value(10).toString()).value_or(ActivityItem::Outcome::Failed);
    item.reason = query.value(11).toString();
    return item;
}

/// The items of the entries \a entryIds (all entries when empty), by entry, in plan order.
QHash<qint64, QList<ActivityItem>> readItems(const QSqlDatabase &db, const QList<qint64> &entryIds)
{
    QHash<qint64, QList<ActivityItem>> result;
    if (!db.isOpen())
        return result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString sql = u"SELECT "_s + kItemColumns + u" FROM items"_s;
    if (entryIds.size() == 1)
        sql += u" WHERE entry_id = :id"_s;
    sql += u" ORDER BY entry_id, position"_s;
    query.prepare(sql);
    if (entryIds.size() == 1)
        query.bindValue(u":id"_s, entryIds.constFirst());
    if (!query.exec()) {
        qWarning("activity log: %s", qPrintable(query.lastError().text()));
        return result;
    }
    const QSet<qint64> wanted(entryIds.cbegin(), entryIds.cend());
    while (query.next()) {
        const qint64 entryId = query.value(0).toLongLong();
        if (wanted.isEmpty() || wanted.contains(entryId))
            result[entryId].append(itemFromQuery(query));
    }
    return result;
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

/// \a entries (newest first) and their items, read from \a db, as the log's CSV.
QByteArray csvOf(const QSqlDatabase &db, QList<ActivityEntry> entries)
{
    QHash<qint64, QList<ActivityItem>> items = readItems(db, {});
    QList<QStringList> rows;
    rows.reserve(entries.size());
    for (ActivityEntry &entry : entries) {
        entry.itemList = items.take(entry.id);
        rows.append(ActivityLog::csvRows(entry));
    }
    return Csv::write(ActivityLog::csvHeader(), rows);
}

ActivityItem::Outcome itemOutcome(Api::BulkOutcome outcome)
{
    switch (outcome) {
    case Api::BulkOutcome::Done:
        return ActivityItem::Outcome::Done;
    case Api::BulkOutcome::AlreadySo:
        return ActivityItem::Outcome::AlreadySo;
    case Api::BulkOutcome::Failed:
        return ActivityItem::Outcome::Failed;
    case Api::BulkOutcome::Pending:
    case Api::BulkOutcome::Running:
    case Api::BulkOutcome::Cancelled:
        break;
    }
    // What never ended (pending when the run stopped) was not made either.
    return ActivityItem::Outcome::Cancelled;
}

/// The item of change \a index of \a operation: whom it touched, how, and how it ended.
ActivityItem itemOf(const ChangeOperation &operation, int index)
{
    const PlannedChange &change = operation.change(index);
    const Api::BulkChange &forward = change.forward;
    ActivityItem item;
    item.kind = forward.targetIsGroup() ? ActivityItem::Kind::Group : ActivityItem::Kind::User;
    item.groupId = forward.groupId;
    item.groupName = forward.groupName;
    item.id = forward.targetId;
    item.name = forward.label;
    item.handle = forward.handle;
    switch (forward.effect()) {
    case Api::BulkChange::Effect::Join:
        item.action = ActivityItem::Action::AddMember;
        break;
    case Api::BulkChange::Effect::Leave:
        item.action = ActivityItem::Action::RemoveMember;
        break;
    case Api::BulkChange::Effect::Grant:
    case Api::BulkChange::Effect::Revoke: {
        const bool grant = forward.effect() == Api::BulkChange::Effect::Grant;
        item.action = grant ? ActivityItem::Action::Share : ActivityItem::Action::Revoke;
        if (grant)
            item.after = forward.level;
        // What undoes it is what the target held just before it was sent, as the bulk queue
        // read it (the plan's guess for a change never sent).
        if (change.backward.effect() == Api::BulkChange::Effect::Grant)
            item.before = change.backward.level;
        break;
    }
    }
    item.outcome = itemOutcome(operation.outcome(index));
    if (item.outcome == ActivityItem::Outcome::Failed || item.outcome == ActivityItem::Outcome::Cancelled)
        item.reason = operation.error(index).message();
    return item;
}

} // namespace

// ---- ActivityItem ----

QString ActivityItem::changeText() const
{
    const QString group = groupName.isEmpty() ? tr("group %1").arg(groupId) : groupName;
    switch (action) {
    case Action::AddMember:
        return tr("Add to %1").arg(group);
    case Action::RemoveMember:
        return tr("Remove from %1").arg(group);
    case Action::Share:
        if (!after)
            return tr("Share %1").arg(group);
        if (!before)
            return tr("Give %1 on %2").arg(permissionLevelText(*after), group);
        //: A level before and after a share: "Manage → Read on Finance".
        return tr("%1 → %2 on %3").arg(permissionLevelText(*before), permissionLevelText(*after), group);
    case Action::Revoke:
        return before ? tr("Revoke %1 on %2").arg(permissionLevelText(*before), group) : tr("Revoke on %1").arg(group);
    case Action::Create:
        return tr("Create %1").arg(group);
    case Action::Edit:
        return tr("Edit %1").arg(group);
    case Action::Replace:
        return tr("Replace %1").arg(group);
    }
    return {};
}

QString ActivityItem::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done:
        return tr("Done");
    case Outcome::AlreadySo:
        return tr("Already so");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ActivityItem::actionKey(Action action)
{
    switch (action) {
    case Action::AddMember:
        return u"add"_s;
    case Action::RemoveMember:
        return u"remove"_s;
    case Action::Share:
        return u"share"_s;
    case Action::Revoke:
        return u"revoke"_s;
    case Action::Create:
        return u"create"_s;
    case Action::Edit:
        return u"edit"_s;
    case Action::Replace:
        return u"replace"_s;
    }
    return {};
}

std::optional<ActivityItem::Action> ActivityItem::actionFromKey(const QString &key)
{
    for (Action action : {Action::AddMember, Action::RemoveMember, Action::Share, Action::Revoke, Action::Create,
             Action::Edit, Action::Replace}) {
        if (actionKey(action) == key)
            return action;
    }
    return std::nullopt;
}

QString ActivityItem::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done:
        return u"done"_s;
    case Outcome::AlreadySo:
        return u"already"_s;
    case Outcome::Failed:
        return u"failed"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<ActivityItem::Outcome> ActivityItem::outcomeFromKey(const QString &key)
{
    for (Outcome outcome : {Outcome::Done, Outcome::AlreadySo, Outcome::Failed, Outcome::Cancelled}) {
        if (outcomeKey(outcome) == key)
            return outcome;
    }
    return std::nullopt;
}

QString ActivityItem::levelKey(const std::optional<Api::PermissionLevel> &level)
{
    return level ? Api::permissionLevelName(*level) : QString::fromLatin1("");
}

QString ActivityItem::kindKey(Kind kind)
{
    return kind == Kind::Group ? u"group"_s : u"user"_s;
}

QString ActivityItem::searchText() const
{
    return QStringList{name, handle, QString::number(id)}.join(u'\n').toCaseFolded();
}

bool operator==(const ActivityItem &a, const ActivityItem &b)
{
    return a.kind == b.kind && a.action == b.action && a.groupId == b.groupId && a.groupName == b.groupName
        && a.id == b.id && a.name == b.name && a.handle == b.handle && a.before == b.before && a.after == b.after
        && a.outcome == b.outcome && a.reason == b.reason;
}

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
    entry.itemList.reserve(operation.size());
    for (int i = 0; i < operation.size(); ++i)
        entry.itemList.append(itemOf(operation, i));
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

    // The group itself is the one item.
    ActivityItem item;
    item.kind = ActivityItem::Kind::Group;
    switch (edit.kind()) {
    case GroupEdit::Kind::Create:
        item.action = ActivityItem::Action::Create;
        break;
    case GroupEdit::Kind::Replace:
        item.action = ActivityItem::Action::Replace;
        break;
    case GroupEdit::Kind::Edit:
    case GroupEdit::Kind::Undo:
    case GroupEdit::Kind::Redo:
        item.action = ActivityItem::Action::Edit;
        break;
    }
    item.groupId = item.id = edit.groupId();
    item.groupName = item.name = edit.groupName();
    if (const std::optional<Api::Group> group = edit.serverGroup(); group && group->id == edit.groupId() && group->slug)
        item.handle = *group->slug;
    item.outcome = entry.done > 0 ? ActivityItem::Outcome::Done
        : entry.failed > 0        ? ActivityItem::Outcome::Failed
                                  : ActivityItem::Outcome::Cancelled;
    item.reason = entry.failed > 0 ? entry.message : (entry.cancelled > 0 ? entry.detail : QString());
    entry.itemList.append(item);
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

QString ActivityEntry::localTimeText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const int offset = local.offsetFromUtc();
    const QString zone = offset == 0 ? u"UTC"_s : u"UTC"_s + offsetText(offset);
    //: A local date and time and its offset from UTC: "12/6/26 6:22 PM UTC+01:00".
    return tr("%1 %2").arg(QLocale().toString(local, QLocale::ShortFormat), zone);
}

QString ActivityEntry::isoTimeText(const QDateTime &time)
{
    // Written out: Qt::ISODate writes "Z" where the local offset is zero, and a spreadsheet or
    // a script reads "+00:00" the same way as every other offset.
    const QDateTime local = time.toLocalTime();
    return local.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + offsetText(local.offsetFromUtc());
}

QString ActivityEntry::actorText() const
{
    if (!actor.isKnown())
        return tr("unknown (recorded before the log kept who made a change)");
    if (actor.username.isEmpty())
        return tr("user %1").arg(actor.id);
    //: The signed-in user who made a change: "ada.admin (id 1)".
    return tr("%1 (id %2)").arg(actor.username).arg(actor.id);
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
    QStringList lines;
    lines.append(text);
    lines.append(tr("%1, %2").arg(outcomeText(outcome), localTimeText(time)));
    lines.append(tr("By %1").arg(actorText()));
    if (runs > 1)
        lines.append(tr("Failures retried %n time(s), last at %1", nullptr, runs - 1).arg(localTimeText(updated)));
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
    QStringList parts{text, message, actor.username};
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
    if (needle.isEmpty() || entry.searchText().contains(needle))
        return true;
    return std::any_of(entry.itemList.cbegin(), entry.itemList.cend(),
        [&](const ActivityItem &item) { return item.searchText().contains(needle); });
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
    if (version > 0 && version < kSchemaVersion && !migrate(version)) {
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
    // actor_id is NULL where unknown (entries migrated from version 1).
    QStringList statements = {
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
        u" search TEXT NOT NULL,"
        u" actor_id INTEGER,"
        u" actor_username TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX IF NOT EXISTS entries_outcome ON entries (outcome, id)"_s,
    };
    statements += itemsSchema();
    statements.append(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion));
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

bool ActivityLog::migrate(int version)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    QStringList statements;
    if (version < 2) {
        // Version 1 kept entries only. Its entries stay as they are (text, counts, times,
        // message); they have no items and an unknown actor.
        statements.append(u"ALTER TABLE entries ADD COLUMN actor_id INTEGER"_s);
        statements.append(u"ALTER TABLE entries ADD COLUMN actor_username TEXT NOT NULL DEFAULT ''"_s);
        statements += itemsSchema();
    }
    statements.append(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion));
    // One transaction (SQLite's ALTER TABLE and PRAGMA user_version are transactional): a
    // crash half-way leaves the file as version 1, migrated again at the next open.
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            m_error = tr("Could not bring the activity log %1 up to date: %2")
                          .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool ActivityLog::writeItems(qint64 entryId, const QList<ActivityItem> &items)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM items WHERE entry_id = :id"_s);
    remove.bindValue(u":id"_s, entryId);
    if (!remove.exec())
        return false;
    if (items.isEmpty())
        return true;
    // Inside the caller's transaction (a run of thousands of people is one commit), and many
    // rows a statement: one INSERT per row spent most of its time binding and stepping (10,000
    // people: 76 ms in the GUI thread).
    constexpr int kColumns = 14;
    constexpr int kRowsPerStatement = 128; // 1,792 parameters, within SQLite's 32,766
    const auto statement = [&db](qsizetype rows) {
        const QString row = u"("_s + QStringList(kColumns, u"?"_s).join(u", "_s) + u')';
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO items (entry_id, position, action, group_id, group_name, kind, target_id, name, "
                       u"handle, level_before, level_after, outcome, reason, search) VALUES "_s
            + QStringList(rows, row).join(u", "_s));
        return insert;
    };
    // Prepared once for the full slices; the last, shorter one has a statement of its own.
    QSqlQuery full = statement(std::min<qsizetype>(kRowsPerStatement, items.size()));
    QSqlQuery last;
    for (qsizetype first = 0; first < items.size(); first += kRowsPerStatement) {
        const qsizetype rows = std::min<qsizetype>(kRowsPerStatement, items.size() - first);
        const bool whole = first == 0 || rows == kRowsPerStatement;
        if (!whole)
            last = statement(rows);
        QSqlQuery &insert = whole ? full : last;
        for (qsizetype row = 0; row < rows; ++row) {
            const ActivityItem &item = items.at(first + row);
            const int at = int(row) * kColumns;
            insert.bindValue(at, entryId);
            insert.bindValue(at + 1, int(first + row));
            insert.bindValue(at + 2, ActivityItem::actionKey(item.action));
            insert.bindValue(at + 3, item.groupId);
            insert.bindValue(at + 4, notNull(item.groupName));
            insert.bindValue(at + 5, ActivityItem::kindKey(item.kind));
            insert.bindValue(at + 6, item.id);
            insert.bindValue(at + 7, notNull(item.name));
            insert.bindValue(at + 8, notNull(item.handle));
            insert.bindValue(at + 9, ActivityItem::levelKey(item.before));
            insert.bindValue(at + 10, ActivityItem::levelKey(item.after));
            insert.bindValue(at + 11, ActivityItem::outcomeKey(item.outcome));
            insert.bindValue(at + 12, notNull(item.reason));
            insert.bindValue(at + 13, item.searchText());
        }
        if (!insert.exec())
            return false;
    }
    return true;
}

QList<ActivityItem> ActivityLog::items(qint64 entryId) const
{
    return readItems(QSqlDatabase::database(m_connectionName, false), {entryId}).value(entryId);
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
    m_client = workspace->client();
    connect(workspace, &Workspace::operationFinished, this, &ActivityLog::operationFinished);
    connect(workspace->groupEdits(), &GroupEditQueue::finished, this, &ActivityLog::groupEditFinished);
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
        entry.id = id;
        lookUpHandles(entry);
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
    if (std::optional<ActivityEntry> entry = ActivityEntry::fromGroupEdit(*edit)) {
        entry->id = record(*entry);
        if (entry->id != 0)
            lookUpHandles(*entry);
    }
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
    if (!entry.actor.isKnown())
        entry.actor = m_actor;
    const auto failed = [&](const QString &why) {
        db.rollback();
        fail(tr("Could not write to the activity log %1: %2").arg(QDir::toNativeSeparators(m_path), why));
        return 0;
    };
    // The entry and its items are one transaction: a crash keeps both or neither.
    if (!db.transaction()) {
        fail(tr("Could not write to the activity log %1: %2")
                 .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
        return 0;
    }
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO entries (finished_at, updated_at, runs, source, text, groups, items, done, "
                  u"already_so, failed, cancelled, outcome, message, detail, search, actor_id, actor_username) "
                  u"VALUES (:finished, :updated, :runs, :source, :text, :groups, :items, :done, :already, :failed, "
                  u":cancelled, :outcome, :message, :detail, :search, :actorid, :actor)"_s);
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
    query.bindValue(u":actorid"_s, entry.actor.isKnown() ? QVariant(entry.actor.id) : QVariant());
    query.bindValue(u":actor"_s, notNull(entry.actor.username));
    if (!query.exec())
        return failed(query.lastError().text());
    entry.id = query.lastInsertId().toLongLong();
    if (!writeItems(entry.id, entry.itemList) || !db.commit())
        return failed(db.lastError().text());
    Q_EMIT entryAdded(entry);
    return entry.id;
}

bool ActivityLog::update(const ActivityEntry &given)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return false;
    // The usernames and slugs looked up since the first run stay: the run's plan lacks them.
    ActivityEntry entry = given;
    QHash<QPair<int, qint64>, QString> known;
    for (const ActivityItem &item : items(entry.id)) {
        if (!item.handle.isEmpty())
            known.insert({int(item.kind), item.id}, item.handle);
    }
    for (ActivityItem &item : entry.itemList) {
        if (item.handle.isEmpty())
            item.handle = known.value({int(item.kind), item.id});
    }
    if (!db.transaction()) {
        fail(tr("Could not write to the activity log %1: %2")
                 .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
        return false;
    }
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
    // The items as the run stands now: a retry's outcomes and reasons replace the first run's.
    if (!query.exec() || !writeItems(entry.id, entry.itemList) || !db.commit()) {
        const QString why = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
        db.rollback();
        fail(tr("Could not write to the activity log %1: %2").arg(QDir::toNativeSeparators(m_path), why));
        return false;
    }
    QSqlQuery read(db);
    read.prepare(u"SELECT "_s + kColumns + u" FROM entries WHERE id = :id"_s);
    read.bindValue(u":id"_s, entry.id);
    if (read.exec() && read.next()) {
        ActivityEntry changed = entryFromQuery(read);
        changed.itemList = entry.itemList;
        Q_EMIT entryChanged(changed);
    }
    return true;
}

void ActivityLog::lookUpHandles(const ActivityEntry &entry)
{
    if (!m_client || entry.id == 0)
        return;
    QList<QPair<int, qint64>> missing;
    QSet<QPair<int, qint64>> seen;
    for (const ActivityItem &item : entry.itemList) {
        const QPair<int, qint64> key{int(item.kind), item.id};
        if (!item.handle.isEmpty() || item.id <= 0 || seen.contains(key))
            continue;
        seen.insert(key);
        missing.append(key);
        if (missing.size() >= kMaxLookUps)
            break;
    }
    if (missing.isEmpty())
        return;
    // Every answer goes in one map; the last one writes them all in one transaction. A
    // look-up that fails (a person since deleted) leaves that item without.
    struct Pending
    {
        int left = 0;
        QHash<QPair<int, qint64>, QString> handles;
    };
    auto pending = std::make_shared<Pending>();
    pending->left = int(missing.size());
    const qint64 entryId = entry.id;
    const auto arrived = [this, pending, entryId](const QPair<int, qint64> &key, const QString &handle) {
        if (!handle.isEmpty())
            pending->handles.insert(key, handle);
        if (--pending->left == 0 && !pending->handles.isEmpty())
            fillHandles(entryId, pending->handles);
    };
    for (const QPair<int, qint64> &key : std::as_const(missing)) {
        if (key.first == int(ActivityItem::Kind::Group)) {
            m_client->groups().get(key.second).onFinished(this, [arrived, key](const Api::Result<Api::Group> &result) {
                arrived(key, result && result->slug ? *result->slug : QString());
            });
        } else {
            m_client->users()
                .get(key.second)
                .onFinished(this, [arrived, key](const Api::Result<Api::UserDetail> &result) {
                    arrived(key, result ? result->user : QString());
                });
        }
    }
}

void ActivityLog::fillHandles(qint64 entryId, const QHash<QPair<int, qint64>, QString> &handles)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen() || !db.transaction())
        return;
    QSqlQuery query(db);
    query.prepare(u"UPDATE items SET handle = :handle, search = :search WHERE entry_id = :entry AND kind = :kind "
                  u"AND target_id = :id AND handle = ''"_s);
    QList<ActivityItem> current = items(entryId);
    for (ActivityItem &item : current) {
        const auto it = handles.constFind({int(item.kind), item.id});
        if (!item.handle.isEmpty() || it == handles.cend())
            continue;
        item.handle = *it;
        query.bindValue(u":handle"_s, item.handle);
        query.bindValue(u":search"_s, item.searchText());
        query.bindValue(u":entry"_s, entryId);
        query.bindValue(u":kind"_s, ActivityItem::kindKey(item.kind));
        query.bindValue(u":id"_s, item.id);
        if (!query.exec()) {
            db.rollback();
            fail(tr("Could not write to the activity log %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
            return;
        }
    }
    if (!db.commit())
        return;
    QSqlQuery read(db);
    read.prepare(u"SELECT "_s + kColumns + u" FROM entries WHERE id = :id"_s);
    read.bindValue(u":id"_s, entryId);
    if (read.exec() && read.next()) {
        ActivityEntry changed = entryFromQuery(read);
        changed.itemList = current;
        Q_EMIT entryChanged(changed);
    }
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
    return {tr("Entry"), tr("Time"), tr("Actor id"), tr("Actor"), tr("Change"), tr("Action"), tr("Group id"),
        tr("Group"), tr("Item kind"), tr("Item id"), tr("Name"), tr("Username or slug"), tr("Before"), tr("After"),
        tr("Outcome"), tr("Reason")};
}

QList<QStringList> ActivityLog::csvRows(const ActivityEntry &entry)
{
    // The words of the file (actions, kinds, levels, outcomes), not translated: a script
    // reading the export compares them.
    const QStringList head = {QString::number(entry.id), ActivityEntry::isoTimeText(entry.time),
        entry.actor.id != 0 ? QString::number(entry.actor.id) : QString(), entry.actor.username, entry.text};
    QList<QStringList> rows;
    if (entry.itemList.isEmpty()) {
        // An entry from before items were kept: one row with what it has.
        const ActivityGroup group = entry.groups.value(0);
        rows.append(head
            + QStringList{QString(), group.id != 0 ? QString::number(group.id) : QString(), group.name, QString(),
                QString(), QString(), QString(), QString(), QString(), ActivityEntry::outcomeKey(entry.outcome),
                entry.messageLine()});
        return rows;
    }
    rows.reserve(entry.itemList.size());
    for (const ActivityItem &item : entry.itemList) {
        rows.append(head
            + QStringList{ActivityItem::actionKey(item.action), QString::number(item.groupId), item.groupName,
                ActivityItem::kindKey(item.kind), QString::number(item.id), item.name, item.handle,
                ActivityItem::levelKey(item.before), ActivityItem::levelKey(item.after),
                ActivityItem::outcomeKey(item.outcome), item.reason});
    }
    return rows;
}

QByteArray ActivityLog::csv(const ActivityFilter &filter) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return csvOf(db, readEntries(db, filter, 0, -1));
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
                csv = csvOf(db, readEntries(db, filter, 0, -1));
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
