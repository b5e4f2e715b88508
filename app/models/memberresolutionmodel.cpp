#include "models/memberresolutionmodel.h"

#include "models/groupstore.h"
#include "models/roles.h"
#include "models/workspace.h"

namespace Models {

MemberResolutionModel::MemberResolutionModel(Workspace *workspace, qint64 groupId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_groupId(groupId)
    , m_resolver(new UserResolver(workspace ? workspace->client() : nullptr, this))
    , m_loadStatus(new LoadStatus([this] { retry(); }, this))
{
    connect(m_resolver, &UserResolver::resolved, this, &MemberResolutionModel::resolved);
    if (workspace) {
        connect(workspace->groupStore(), &GroupStore::membersChanged, this, [this](qint64 id) {
            if (id == m_groupId)
                takeMembers();
        });
        takeMembers();
    }
}

MemberResolutionModel::~MemberResolutionModel() = default;

void MemberResolutionModel::setPicked(const QList<UserRef> &users)
{
    m_picked = users;
    fetchMembersIfUnknown();
    rebuild();
}

void MemberResolutionModel::resolve(const QString &text)
{
    m_text = text;
    m_resolved = false;
    fetchMembersIfUnknown();
    m_resolver->resolve(text);
    updateLoading();
}

void MemberResolutionModel::resolved(const UserResolution &resolution)
{
    m_resolution = resolution;
    m_resolved = true;
    updateLoading();
    rebuild();
}

void MemberResolutionModel::retry()
{
    if (!m_membersError.isNull()) {
        m_membersError = {};
        m_membersKnown = false;
        fetchMembersIfUnknown();
    }
    resolve(m_text);
}

void MemberResolutionModel::fetchMembersIfUnknown()
{
    if (m_membersKnown || m_fetchingMembers || !m_workspace || m_groupId <= 0)
        return;
    m_fetchingMembers = true;
    Api::Call<Api::Group> call = m_workspace->groupStore()->refresh(m_groupId);
    call.onFinished(this, [this](const Api::Result<Api::Group> &result) {
        m_fetchingMembers = false;
        m_membersError = result.error;
        if (result)
            takeMembers();
        updateLoading();
    });
    updateLoading();
}

void MemberResolutionModel::takeMembers()
{
    const std::optional<Api::Group> group = m_workspace ? m_workspace->groupStore()->group(m_groupId) : std::nullopt;
    if (!group)
        return;
    const QSet<qint64> ids = Api::idSet(group->members);
    if (m_membersKnown && ids == m_memberIds)
        return;
    m_memberIds = ids;
    m_membersKnown = true;
    // Only whether each row is a member changed: its status, not the rows.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, NameColumn));
    Q_EMIT countsChanged();
}

void MemberResolutionModel::updateLoading()
{
    m_loadStatus->setLoading(!m_resolved || m_fetchingMembers);
    // The resolution's error first: it is what the person's words wait for.
    m_loadStatus->setError(!m_resolution.error.isNull() && m_resolved ? m_resolution.error : m_membersError);
}

void MemberResolutionModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < m_resolution.ambiguous.size(); ++i) {
        Row row;
        row.kind = Kind::Ambiguous;
        row.word = m_resolution.ambiguous.at(i);
        row.candidates = m_resolution.candidates.value(i);
        const auto choice = m_choices.constFind(row.word.toCaseFolded());
        if (choice != m_choices.constEnd()) {
            for (int c = 0; c < row.candidates.size(); ++c) {
                if (row.candidates.at(c).id == *choice)
                    row.picked = c;
            }
        }
        m_rows.append(row);
    }
    for (const QString &word : std::as_const(m_resolution.notFound)) {
        Row row;
        row.kind = Kind::NotFound;
        row.word = word;
        m_rows.append(row);
    }
    QSet<qint64> seen;
    for (const UserRef &user : std::as_const(m_picked)) {
        if (seen.contains(user.id))
            continue;
        seen.insert(user.id);
        Row row;
        row.user = user;
        m_rows.append(row);
    }
    for (int i = 0; i < m_resolution.found.size(); ++i) {
        const UserRef &user = m_resolution.found.at(i);
        if (seen.contains(user.id))
            continue;
        seen.insert(user.id);
        Row row;
        row.word = m_resolution.foundWords.value(i);
        row.user = user;
        m_rows.append(row);
    }
    endResetModel();
    Q_EMIT countsChanged();
}

MemberResolutionModel::Kind MemberResolutionModel::kind(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.kind == Kind::ToAdd && m_memberIds.contains(r.user.id))
        return Kind::AlreadyMember;
    return r.kind;
}

UserRef MemberResolutionModel::user(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.kind == Kind::Ambiguous)
        return r.picked >= 0 ? r.candidates.value(r.picked) : UserRef();
    return r.user;
}

QString MemberResolutionModel::candidateText(const UserRef &candidate) const
{
    return isMember(candidate.id) ? tr("%1 (already a member)").arg(candidate.displayLine()) : candidate.displayLine();
}

QList<UserRef> MemberResolutionModel::usersToAdd() const
{
    QList<UserRef> users;
    QSet<qint64> seen;
    // Found people first, in the order named; then those picked for ambiguous words.
    for (const bool ambiguous : {false, true}) {
        for (const Row &row : m_rows) {
            if ((row.kind == Kind::Ambiguous) != ambiguous || (ambiguous && row.picked < 0))
                continue;
            const UserRef person = ambiguous ? row.candidates.at(row.picked) : row.user;
            if (row.kind == Kind::NotFound || m_memberIds.contains(person.id) || seen.contains(person.id))
                continue;
            seen.insert(person.id);
            users.append(person);
        }
    }
    return users;
}

int MemberResolutionModel::foundCount() const
{
    QSet<qint64> ids;
    for (int row = 0; row < m_rows.size(); ++row) {
        const UserRef person = user(row);
        if (m_rows.at(row).kind != Kind::NotFound && person.id > 0)
            ids.insert(person.id);
    }
    return int(ids.size());
}

int MemberResolutionModel::alreadyMemberCount() const
{
    QSet<qint64> ids;
    for (int row = 0; row < m_rows.size(); ++row) {
        const UserRef person = user(row);
        if (m_rows.at(row).kind != Kind::NotFound && person.id > 0 && m_memberIds.contains(person.id))
            ids.insert(person.id);
    }
    return int(ids.size());
}

int MemberResolutionModel::notFoundCount() const
{
    return int(m_resolution.notFound.size());
}

int MemberResolutionModel::ambiguousCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.kind == Kind::Ambiguous && row.picked < 0; }));
}

QString MemberResolutionModel::summary() const
{
    const QLocale locale;
    const auto number = [&locale](int n) { return locale.toString(n); };
    QStringList parts{tr("%1 found").arg(number(foundCount()))};
    if (const int members = alreadyMemberCount(); members == 1)
        parts.append(tr("1 already a member"));
    else if (members > 1)
        parts.append(tr("%1 already members").arg(number(members)));
    if (const int missing = notFoundCount(); missing > 0)
        parts.append(tr("%1 not found").arg(number(missing)));
    if (const int ambiguous = ambiguousCount(); ambiguous > 0)
        parts.append(tr("%1 ambiguous").arg(number(ambiguous)));
    return parts.join(QStringLiteral(", "));
}

QString MemberResolutionModel::statusText(const Row &row) const
{
    switch (row.kind) {
    case Kind::NotFound:
        return tr("Not found");
    case Kind::Ambiguous:
        if (row.picked < 0)
            return tr("Pick one of %1").arg(row.candidates.size());
        return m_memberIds.contains(row.candidates.at(row.picked).id) ? tr("Picked, already a member")
                                                                      : tr("Picked, to be added");
    case Kind::ToAdd:
    case Kind::AlreadyMember:
        break;
    }
    return m_memberIds.contains(row.user.id) ? tr("Already a member") : tr("To be added");
}

int MemberResolutionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberResolutionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberResolutionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == KindRole)
        return int(kind(index.row()));
    if (role == IdRole)
        return user(index.row()).id;
    if (role == Qt::EditRole && index.column() == NameColumn && row.kind == Kind::Ambiguous)
        return row.picked;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const UserRef person = user(index.row());
    switch (Column(index.column())) {
    case StatusColumn:
        return statusText(row);
    case EntryColumn:
        if (role == Qt::ToolTipRole && row.word.isEmpty())
            return tr("Picked from the directory");
        return row.word;
    case NameColumn:
        if (row.kind == Kind::Ambiguous && row.picked < 0)
            return role == Qt::ToolTipRole ? tr("“%1” names %2 people: pick the one you mean.")
                                                 .arg(row.word)
                                                 .arg(row.candidates.size())
                                           : tr("Choose…");
        return person.name;
    case UsernameColumn:
        return person.username;
    case EmailColumn:
        return person.email;
    case ColumnCount:
        break;
    }
    return {};
}

bool MemberResolutionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || index.column() != NameColumn)
        return false;
    Row &row = m_rows[index.row()];
    bool ok = false;
    const int picked = value.toInt(&ok);
    if (row.kind != Kind::Ambiguous || !ok || picked < -1 || picked >= row.candidates.size())
        return false;
    if (picked == row.picked)
        return true;
    row.picked = picked;
    if (picked >= 0)
        m_choices.insert(row.word.toCaseFolded(), row.candidates.at(picked).id);
    else
        m_choices.remove(row.word.toCaseFolded());
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT countsChanged();
    return true;
}

QVariant MemberResolutionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case EntryColumn:
        return tr("Entry");
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("Username");
    case EmailColumn:
        return tr("E-mail");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags MemberResolutionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn && m_rows.at(index.row()).kind == Kind::Ambiguous)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace Models
