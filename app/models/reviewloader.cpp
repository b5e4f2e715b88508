#include "models/reviewloader.h"

#include "models/effectiveaccessloader.h"
#include "models/groupstore.h"
#include "models/workspace.h"

#include <QtCore/QSet>
#include <QtCore/QTimer>

namespace Models {

using Api::PermissionLevel;

/// One group being read: what came back so far, and how many requests are still out.
struct ReviewLoader::Job
{
    qint64 groupId = 0;
    quint64 generation = 0;
    int outstanding = 0;
    bool usersAsked = false;
    std::optional<Api::Group> group;
    Api::ApiError groupError;
    std::optional<Api::ShareIndex> shares;
    Api::ApiError sharesError;
    QHash<qint64, Api::Group> shareGroups;
    QHash<qint64, Api::ApiError> shareGroupErrors;
    QHash<qint64, Api::UserDetail> users;
};

/// One group read, on its way into the store a slice at a time.
struct ReviewLoader::GroupWrite
{
    qint64 groupId = 0;
    QList<QList<ReviewRow>> slices;
    QSet<QString> keys; ///< Of every slice: what the last one retires the rest by.
    QSet<qint64> shareGroupIds;
    QSet<qint64> unknownVia;
    QList<ReviewProblem> problems;
    ReviewChanges changes; ///< Of the slices written so far.
};

namespace {

const std::pair<const Api::ShareSet Api::ShareIndex::*, PermissionLevel> kLevels[]
    = {{&Api::ShareIndex::owners, PermissionLevel::Manage}, {&Api::ShareIndex::writers, PermissionLevel::Write},
        {&Api::ShareIndex::readers, PermissionLevel::Read}};

ReviewRow rowOf(const Api::Group &group, const Api::Member &member)
{
    ReviewRow row;
    row.groupId = group.id;
    row.groupName = group.name;
    row.principalId = member.id;
    row.name = member.name;
    row.username = member.username;
    row.email = member.email.value_or(QString());
    row.active = member.active;
    return row;
}

} // namespace

ReviewLoader::ReviewLoader(Workspace *workspace, ReviewStore *store, qint64 reviewId, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_store(store)
    , m_reviewId(reviewId)
{
}

ReviewLoader::~ReviewLoader()
{
    cancel();
}

void ReviewLoader::start()
{
    if (m_running)
        cancel();
    if (!m_workspace || !m_store)
        return;
    const std::optional<ReviewInfo> info = m_store->review(m_reviewId);
    if (!info)
        return;
    m_info = *info;
    m_groupIds = m_info.groupIds;
    m_firstRead = !m_info.loaded.isValid();
    ++m_generation;
    m_running = true;
    m_cancelled = false;
    m_next = 0;
    m_groupsDone = 0;
    m_changes = {};
    m_problems.clear();
    delete m_fetcher;
    m_fetcher = new AccessFetcher(m_workspace->groupStore(), this);
    Q_EMIT progress(0, groupCount());
    if (m_groupIds.isEmpty()) {
        finish();
        return;
    }
    startNext();
}

void ReviewLoader::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    ++m_generation; // answers still on their way are ignored
    for (const Api::Call<Api::ShareIndex> &call : std::as_const(m_shareCalls))
        call.cancel();
    m_shareCalls.clear();
    if (m_fetcher)
        m_fetcher->cancel();
    m_jobs.clear();
    m_writes.clear();
    finish();
}

void ReviewLoader::startNext()
{
    while (m_running && m_jobs.size() < kGroupsAtOnce && m_next < m_groupIds.size()) {
        auto job = std::make_shared<Job>();
        job->groupId = m_groupIds.at(m_next++);
        job->generation = m_generation;
        if (m_jobs.contains(job->groupId)) {
            ++m_groupsDone; // the same group twice in a scope: read once
            continue;
        }
        m_jobs.insert(job->groupId, job);
        fetchGroup(job);
    }
    if (m_running && m_jobs.isEmpty() && m_writes.isEmpty() && m_next >= m_groupIds.size())
        finish();
}

void ReviewLoader::fetchGroup(const std::shared_ptr<Job> &job)
{
    job->outstanding = 1;
    m_fetcher->group(job->groupId, this, [this, job](const Api::Result<Api::Group> &result) {
        if (job->generation != m_generation)
            return;
        if (result)
            job->group = *result;
        else
            job->groupError = result.error;
        requestDone(job);
    });
    if (m_info.reviews(ReviewPart::UserShares) || m_info.reviews(ReviewPart::GroupShares)) {
        ++job->outstanding;
        const Api::Call<Api::ShareIndex> call = m_workspace->client()->groups().listShares(job->groupId);
        m_shareCalls.append(call);
        call.onFinished(this, [this, job, call](const Api::Result<Api::ShareIndex> &result) {
            m_shareCalls.removeIf([&](const Api::Call<Api::ShareIndex> &c) { return c.call() == call.call(); });
            if (job->generation != m_generation)
                return;
            if (result) {
                job->shares = *result;
                if (m_info.reviews(ReviewPart::GroupShares))
                    fetchShareGroups(job);
            } else {
                job->sharesError = result.error;
            }
            requestDone(job);
        });
    }
}

void ReviewLoader::fetchShareGroups(const std::shared_ptr<Job> &job)
{
    for (const auto &[set, level] : kLevels) {
        Q_UNUSED(level)
        for (const Api::NamedRef &group : ((*job->shares).*set).groups) {
            ++job->outstanding;
            const qint64 id = group.id;
            m_fetcher->group(id, this, [this, job, id](const Api::Result<Api::Group> &result) {
                if (job->generation != m_generation)
                    return;
                if (result)
                    job->shareGroups.insert(id, *result);
                else
                    job->shareGroupErrors.insert(id, result.error);
                requestDone(job);
            });
        }
    }
}

void ReviewLoader::fetchUsers(const std::shared_ptr<Job> &job)
{
    job->usersAsked = true;
    if (!job->shares || !m_info.reviews(ReviewPart::UserShares))
        return;
    // Who a member list read in this job names needs no request of their own.
    QSet<qint64> known;
    if (job->group) {
        for (const Api::Member &member : job->group->members)
            known.insert(member.id);
    }
    for (const Api::Group &group : std::as_const(job->shareGroups)) {
        for (const Api::Member &member : group.members)
            known.insert(member.id);
    }
    for (const auto &[set, level] : kLevels) {
        Q_UNUSED(level)
        for (const Api::NamedRef &user : ((*job->shares).*set).users) {
            if (known.contains(user.id))
                continue;
            known.insert(user.id);
            ++job->outstanding;
            const qint64 id = user.id;
            m_fetcher->user(id, this, [this, job, id](const Api::Result<Api::UserDetail> &result) {
                if (job->generation != m_generation)
                    return;
                if (result)
                    job->users.insert(id, *result);
                requestDone(job);
            });
        }
    }
}

void ReviewLoader::requestDone(const std::shared_ptr<Job> &job)
{
    if (--job->outstanding > 0)
        return;
    if (!job->usersAsked && job->group && job->shares) {
        fetchUsers(job);
        if (job->outstanding > 0)
            return;
    }
    finishJob(job);
}

void ReviewLoader::finishJob(const std::shared_ptr<Job> &job)
{
    m_jobs.remove(job->groupId);
    auto write = std::make_shared<GroupWrite>();
    write->groupId = job->groupId;
    if (!job->group || (!job->shares && !job->sharesError.isNull())) {
        // Nothing of the group can be said: its rows stay as they were.
        write->problems.append(problemOf(*job, 0, {}, job->group ? job->sharesError : job->groupError));
    } else {
        const QList<ReviewRow> fresh = grantsOf(*job, *write);
        for (const ReviewRow &row : fresh)
            write->keys.insert(row.key());
        for (qsizetype at = 0; at < fresh.size(); at += kRowsPerSlice)
            write->slices.append(fresh.mid(at, kRowsPerSlice));
        if (write->slices.isEmpty())
            write->slices.append(QList<ReviewRow>()); // no grants at all: the last slice retires
    }
    m_writes.append(write);
    scheduleWrite();
}

ReviewProblem ReviewLoader::problemOf(
    const Job &job, qint64 viaId, const QString &viaName, const Api::ApiError &error) const
{
    const QString groupName
        = job.group ? job.group->name : m_store->groupRows(m_reviewId, job.groupId).value(0).groupName;
    ReviewProblem problem;
    problem.groupId = job.groupId;
    problem.groupName = groupName.isEmpty() ? tr("group %1").arg(job.groupId) : groupName;
    problem.viaGroupId = viaId;
    problem.viaGroupName = viaName;
    problem.message = error.message();
    problem.time = QDateTime::currentDateTimeUtc();
    return problem;
}

QList<ReviewRow> ReviewLoader::grantsOf(const Job &job, GroupWrite &write) const
{
    const Api::Group &group = *job.group;
    QList<ReviewRow> fresh;
    QHash<qint64, const Api::Member *> people; // every member read in this job, for the shares' details
    for (const Api::Member &member : group.members)
        people.insert(member.id, &member);
    for (const Api::Group &shareGroup : std::as_const(job.shareGroups)) {
        for (const Api::Member &member : shareGroup.members)
            people.insert(member.id, &member);
    }
    if (m_info.reviews(ReviewPart::Members)) {
        for (const Api::Member &member : group.members)
            fresh.append(rowOf(group, member));
    }
    if (job.shares) {
        for (const auto &[set, level] : kLevels) {
            const Api::ShareSet &shareSet = (*job.shares).*set;
            if (m_info.reviews(ReviewPart::UserShares)) {
                for (const Api::NamedRef &user : shareSet.users)
                    fresh.append(userShareRow(job, user, level, people));
            }
            if (m_info.reviews(ReviewPart::GroupShares))
                appendGroupShareRows(job, shareSet.groups, level, fresh, write);
        }
    }
    return fresh;
}

ReviewRow ReviewLoader::userShareRow(
    const Job &job, const Api::NamedRef &user, PermissionLevel level, const QHash<qint64, const Api::Member *> &people)
{
    ReviewRow row;
    row.groupId = job.group->id;
    row.groupName = job.group->name;
    row.principalId = user.id;
    row.name = user.name;
    row.held = ReviewRow::heldOf(level);
    if (const Api::Member *member = people.value(user.id)) {
        row.username = member->username;
        row.email = member->email.value_or(QString());
        row.active = member->active;
    } else if (const auto it = job.users.constFind(user.id); it != job.users.constEnd()) {
        row.username = it->user;
        row.email = it->email.value_or(QString());
        row.active = it->active;
    }
    return row;
}

void ReviewLoader::appendGroupShareRows(const Job &job, const QList<Api::NamedRef> &shareGroups, PermissionLevel level,
    QList<ReviewRow> &fresh, GroupWrite &write) const
{
    const Api::Group &group = *job.group;
    for (const Api::NamedRef &shareGroup : shareGroups) {
        write.shareGroupIds.insert(shareGroup.id);
        ReviewRow row;
        row.groupId = group.id;
        row.groupName = group.name;
        row.principal = ReviewRow::Principal::Group;
        row.principalId = shareGroup.id;
        row.name = shareGroup.name;
        row.held = ReviewRow::heldOf(level);
        fresh.append(row);
        const auto read = job.shareGroups.constFind(shareGroup.id);
        if (read == job.shareGroups.constEnd()) {
            write.unknownVia.insert(shareGroup.id);
            write.problems.append(
                problemOf(job, shareGroup.id, shareGroup.name, job.shareGroupErrors.value(shareGroup.id)));
            continue;
        }
        // Its members reach the group through it, at its level.
        for (const Api::Member &member : read->members) {
            ReviewRow through = rowOf(group, member);
            through.held = ReviewRow::heldOf(level);
            through.viaGroupId = shareGroup.id;
            through.viaGroupName = shareGroup.name;
            fresh.append(through);
        }
    }
}

void ReviewLoader::scheduleWrite()
{
    if (m_writeScheduled || m_writes.isEmpty())
        return;
    m_writeScheduled = true;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        m_writeScheduled = false;
        if (generation == m_generation)
            writeSlice();
    });
}

void ReviewLoader::writeSlice()
{
    if (m_writes.isEmpty() || !m_store)
        return;
    const std::shared_ptr<GroupWrite> write = m_writes.constFirst();
    if (!write->slices.isEmpty()) {
        const QList<ReviewRow> slice = write->slices.takeFirst();
        const bool last = write->slices.isEmpty();
        const ReviewChanges changes = m_store->reconcileSlice(
            m_reviewId, write->groupId, slice, last ? &write->keys : nullptr, write->shareGroupIds, write->unknownVia);
        write->changes.append(changes);
        Q_EMIT rowsWritten(write->groupId, changes);
        if (!last) {
            scheduleWrite(); // the next slice in the next turn of the event loop
            return;
        }
    }
    m_writes.removeFirst();
    m_store->setProblems(m_reviewId, write->groupId, write->problems);
    m_problems += write->problems;
    m_changes.append(write->changes);
    ++m_groupsDone;
    Q_EMIT groupLoaded(write->groupId, write->changes);
    Q_EMIT progress(m_groupsDone, groupCount());
    scheduleWrite();
    startNext();
}

void ReviewLoader::finish()
{
    if (!m_running)
        return;
    m_running = false;
    if (!m_cancelled && m_store)
        m_store->setLoaded(m_reviewId, QDateTime::currentDateTimeUtc());
    Q_EMIT finished();
}

QString ReviewLoader::statusText() const
{
    if (m_running)
        return tr("Reading %1 of %n group(s)", nullptr, groupCount()).arg(m_groupsDone);
    QString text;
    if (m_cancelled)
        text = tr("Stopped after %1 of %n group(s).", nullptr, groupCount()).arg(m_groupsDone);
    else if (m_firstRead)
        text = tr("Read %n group(s).", nullptr, groupCount());
    else
        text = m_changes.text();
    if (!m_problems.isEmpty())
        text += u' ' + tr("%n could not be read.", nullptr, int(m_problems.size()));
    return text;
}

} // namespace Models
