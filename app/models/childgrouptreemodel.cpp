#include "models/childgrouptreemodel.h"

#include "models/groupstore.h"
#include "models/permissionleveltext.h"
#include "models/roles.h"
#include "models/workspace.h"

#include <QtCore/QSet>
#include <QtCore/QStringList>

#include <utility>

namespace Models {

using Api::PermissionLevel;

namespace {
constexpr PermissionLevel kCategoryLevels[] = {PermissionLevel::Manage, PermissionLevel::Write, PermissionLevel::Read};

QString categoryName(PermissionLevel level)
{
    switch (level) {
    case PermissionLevel::Manage:
        return ChildGroupTreeModel::tr("Manageable");
    case PermissionLevel::Write:
        return ChildGroupTreeModel::tr("Writeable");
    case PermissionLevel::Read:
        return ChildGroupTreeModel::tr("Readable");
    }
    return {};
}

const QList<Api::NamedRef> &groupsAt(const Api::ChildGroups &groups, PermissionLevel level)
{
    return level == PermissionLevel::Manage ? groups.manageable
        : level == PermissionLevel::Write   ? groups.writeable
                                            : groups.readable;
}
} // namespace

int ChildGroupTreeModel::Node::row() const
{
    if (!parent)
        return 0;
    for (size_t i = 0; i < parent->children.size(); ++i) {
        if (parent->children[i].get() == this)
            return int(i);
    }
    return 0;
}

ChildGroupTreeModel::ChildGroupTreeModel(Workspace *workspace, qint64 rootGroupId, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
    , m_loadStatus(new LoadStatus([this] { retryFailed(); }, this))
{
    connect(workspace->groupStore(), &GroupStore::childGroupsChanged, this, &ChildGroupTreeModel::childGroupsChanged);
    connect(workspace->groupStore(), &GroupStore::groupChanged, this, &ChildGroupTreeModel::groupChanged);
    setRootGroup(rootGroupId);
}

ChildGroupTreeModel::~ChildGroupTreeModel() = default;

std::unique_ptr<ChildGroupTreeModel::Node> ChildGroupTreeModel::makeNode(NodeKind kind, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->parent = parent;
    node->serial = m_nextSerial++;
    m_live.insert(node->serial, node.get());
    return node;
}

void ChildGroupTreeModel::forget(Node *node)
{
    visit(node, [this](Node *each) { m_live.remove(each->serial); });
}

void ChildGroupTreeModel::visit(Node *node, const std::function<void(Node *)> &f)
{
    if (!node)
        return;
    f(node);
    for (const auto &child : node->children)
        visit(child.get(), f);
}

void ChildGroupTreeModel::setRootGroup(qint64 groupId)
{
    beginResetModel();
    if (m_root)
        forget(m_root.get());
    m_root.reset();
    m_rootGroupId = groupId;
    m_fetchCount = 0;
    if (groupId) {
        m_root = makeNode(NodeKind::Group, nullptr);
        m_root->groupId = groupId;
        for (PermissionLevel level : kCategoryLevels) {
            std::unique_ptr<Node> category = makeNode(NodeKind::Category, m_root.get());
            category->level = level;
            category->groupId = groupId;
            category->name = categoryName(level);
            m_root->children.push_back(std::move(category));
        }
    }
    endResetModel();
    m_loadStatus->clearError();
    if (m_root)
        fetch(m_root.get());
}

void ChildGroupTreeModel::reload()
{
    setRootGroup(m_rootGroupId);
}

void ChildGroupTreeModel::retry(const QModelIndex &index)
{
    Node *node = nodeOf(index);
    if (node && node->kind == NodeKind::Category)
        node = m_root.get(); // the categories come from the root's answer
    if (node && !node->error.isNull() && !node->fetching)
        fetch(node);
}

void ChildGroupTreeModel::retryFailed()
{
    // The categories fail with the root (theirs is the root's answer): retrying it retries them.
    QList<Node *> failed;
    visit(m_root.get(), [&](Node *node) {
        if (node->kind == NodeKind::Group && !node->error.isNull() && !node->fetching)
            failed.append(node);
    });
    for (Node *node : std::as_const(failed)) {
        if (m_live.contains(node->serial))
            fetch(node);
    }
}

void ChildGroupTreeModel::setFetching(int delta)
{
    m_fetching += delta;
    m_loadStatus->setLoading(m_fetching > 0);
}

void ChildGroupTreeModel::fetch(Node *node)
{
    if (!m_workspace || !m_workspace->client())
        return;
    if (node->fetching) {
        // The answer on its way may predate the change that asks again.
        node->stale = true;
        return;
    }
    node->fetching = true;
    node->error = {};
    ++m_fetchCount;
    setFetching(+1);
    const quint64 serial = node->serial;
    m_workspace->client()
        ->groups()
        .listChildGroups(node->groupId)
        .onFinished(this, [this, serial](const Api::Result<Api::ChildGroups> &result) { fetched(serial, result); });
}

void ChildGroupTreeModel::fetched(quint64 serial, const Api::Result<Api::ChildGroups> &result)
{
    setFetching(-1);
    Node *node = m_live.value(serial);
    if (!node)
        return; // the tree was reset or the node's parent reloaded since
    node->fetching = false;
    if (std::exchange(node->stale, false) && result.error.kind != Api::ApiError::Kind::Cancelled) {
        fetch(node);
        return;
    }
    if (!result) {
        node->error = result.error;
        m_loadStatus->setError(result.error);
        if (node == m_root.get()) {
            for (const auto &category : node->children)
                category->error = result.error;
            Q_EMIT dataChanged(index(0, 0), index(int(node->children.size()) - 1, ColumnCount - 1));
        } else {
            const QModelIndex at = indexOf(node);
            Q_EMIT dataChanged(at, at.siblingAtColumn(ColumnCount - 1));
        }
        return;
    }
    setChildren(node, *result);
    if (m_loadStatus->hasError()) {
        // Every node that failed has loaded since: nothing is wrong any more.
        bool failing = false;
        visit(m_root.get(), [&](Node *each) { failing = failing || !each->error.isNull(); });
        if (!failing)
            m_loadStatus->clearError();
    }
}

void ChildGroupTreeModel::setChildren(Node *node, const Api::ChildGroups &groups)
{
    // The invisible root's answer fills the three categories; a group's answer, the group.
    QList<std::pair<Node *, QList<std::pair<Api::NamedRef, PermissionLevel>>>> targets;
    if (node == m_root.get()) {
        for (const auto &category : node->children) {
            QList<std::pair<Api::NamedRef, PermissionLevel>> list;
            for (const Api::NamedRef &group : groupsAt(groups, category->level))
                list.append({group, category->level});
            targets.append({category.get(), list});
        }
    } else {
        QList<std::pair<Api::NamedRef, PermissionLevel>> list;
        for (PermissionLevel level : kCategoryLevels) {
            for (const Api::NamedRef &group : groupsAt(groups, level))
                list.append({group, level});
        }
        targets.append({node, list});
    }

    node->fetched = true;
    node->error = {};
    for (auto &[parent, list] : targets)
        mergeChildren(parent, list);
}

void ChildGroupTreeModel::mergeChildren(Node *parent, const QList<std::pair<Api::NamedRef, PermissionLevel>> &list)
{
    // A group is one row per level it is held at; the key of a row is (group, level).
    using Key = std::pair<qint64, int>;
    const auto keyOf = [](const Node &node) { return Key{node.groupId, int(node.level)}; };
    QList<std::pair<Api::NamedRef, PermissionLevel>> wanted;
    QSet<Key> keys;
    for (const auto &entry : list) {
        const Key key{entry.first.id, int(entry.second)};
        if (!keys.contains(key)) {
            keys.insert(key);
            wanted.append(entry);
        }
    }

    const QModelIndex parentIndex = indexOf(parent);
    parent->fetched = true;
    parent->error = {};
    // The rows no longer there go; those still there stay, with whatever is expanded below them.
    for (int row = int(parent->children.size()) - 1; row >= 0; --row) {
        if (!keys.contains(keyOf(*parent->children[size_t(row)]))) {
            beginRemoveRows(parentIndex, row, row);
            forget(parent->children[size_t(row)].get());
            parent->children.erase(parent->children.begin() + row);
            endRemoveRows();
        }
    }
    // The kept rows must come in the answer's order (a rename can reorder): if not, start over.
    QSet<Key> kept;
    for (const auto &child : parent->children)
        kept.insert(keyOf(*child));
    QList<Key> keptInAnswer;
    for (const auto &[group, level] : std::as_const(wanted)) {
        if (kept.contains({group.id, int(level)}))
            keptInAnswer.append({group.id, int(level)});
    }
    bool inOrder = true;
    for (size_t i = 0; i < parent->children.size() && inOrder; ++i)
        inOrder = keyOf(*parent->children[i]) == keptInAnswer.at(qsizetype(i));
    if (!inOrder) {
        beginRemoveRows(parentIndex, 0, int(parent->children.size()) - 1);
        for (const auto &child : parent->children)
            forget(child.get());
        parent->children.clear();
        endRemoveRows();
    }

    for (int row = 0; row < wanted.size(); ++row) {
        const auto &[group, level] = wanted.at(row);
        if (size_t(row) < parent->children.size()
            && keyOf(*parent->children[size_t(row)]) == Key{group.id, int(level)}) {
            Node *child = parent->children[size_t(row)].get();
            if (child->name != group.name) {
                child->name = group.name;
                const QModelIndex at = indexOf(child);
                Q_EMIT dataChanged(at, at);
            }
            continue;
        }
        std::unique_ptr<Node> child = makeNode(NodeKind::Group, parent);
        child->groupId = group.id;
        child->name = group.name;
        child->level = level;
        // Already among its ancestors: shown, marked, never expanded.
        child->cycle = isAncestorGroup(parent, group.id);
        child->fetched = child->cycle;
        beginInsertRows(parentIndex, row, row);
        parent->children.insert(parent->children.begin() + row, std::move(child));
        endInsertRows();
    }
    if (parentIndex.isValid())
        Q_EMIT dataChanged(parentIndex, parentIndex.siblingAtColumn(ColumnCount - 1));
}

bool ChildGroupTreeModel::isAncestorGroup(const Node *node, qint64 groupId) const
{
    for (const Node *at = node; at; at = at->parent) {
        if (at->kind == NodeKind::Group && at->groupId == groupId)
            return true;
    }
    return false;
}

void ChildGroupTreeModel::childGroupsChanged(qint64 groupId)
{
    QList<Node *> stale;
    visit(m_root.get(), [&](Node *node) {
        // The invisible root too: its answer fills the three categories.
        if (node->kind == NodeKind::Group && node->groupId == groupId && !node->cycle
            && (node->fetched || node->fetching))
            stale.append(node);
    });
    for (Node *node : std::as_const(stale)) {
        if (m_live.contains(node->serial))
            fetch(node);
    }
}

void ChildGroupTreeModel::groupChanged(qint64 groupId)
{
    if (!m_workspace || !m_root)
        return;
    const QString name = m_workspace->groupStore()->name(groupId);
    QList<Node *> renamed;
    visit(m_root.get(), [&](Node *node) {
        if (node->kind == NodeKind::Group && node != m_root.get() && node->groupId == groupId && node->name != name)
            renamed.append(node);
    });
    for (Node *node : std::as_const(renamed)) {
        node->name = name;
        const QModelIndex at = indexOf(node);
        Q_EMIT dataChanged(at, at);
    }
}

ChildGroupTreeModel::Node *ChildGroupTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ChildGroupTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex ChildGroupTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *node = nodeOf(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex ChildGroupTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = static_cast<Node *>(child.internalPointer());
    return indexOf(node->parent);
}

int ChildGroupTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int ChildGroupTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ChildGroupTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    if (!node)
        return false;
    if (!node->children.empty())
        return true;
    // Not yet asked: a group may hold permissions on others; say so until its answer says not.
    return node->kind == NodeKind::Group && parent.isValid() && !node->fetched && !node->cycle;
}

bool ChildGroupTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = parent.isValid() ? nodeOf(parent) : nullptr;
    return node && node->kind == NodeKind::Group && !node->fetched && !node->fetching && !node->cycle
        && node->error.isNull();
}

void ChildGroupTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetch(nodeOf(parent));
}

QVariant ChildGroupTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->kind == NodeKind::Group ? QVariant(node->groupId) : QVariant();
    case PermissionLevelRole:
        return int(node->level);
    case CycleRole:
        return node->cycle;
    case ErrorRole:
        return node->error.isNull() ? QVariant() : node->error.message();
    case RawValueRole:
        return index.column() == NameColumn ? QVariant(node->name) : QVariant(int(node->level));
    case Qt::DisplayRole:
        if (index.column() == LevelColumn)
            return node->kind == NodeKind::Group ? permissionLevelText(node->level) : QString();
        if (node->kind == NodeKind::Category)
            return node->fetched ? tr("%1 (%2)").arg(node->name).arg(node->children.size()) : node->name;
        if (node->cycle)
            return tr("%1 ↻ cycle").arg(node->name);
        return node->name;
    case Qt::ToolTipRole:
        if (!node->error.isNull())
            return tr("Could not load: %1").arg(node->error.message());
        if (node->cycle)
            return tr("%1 already appears above: %2\nFollowing it would only go round this loop again, so it is not "
                      "expanded.")
                .arg(node->name, loopText(node));
        break;
    }
    return {};
}

QString ChildGroupTreeModel::loopText(const Node *node) const
{
    // From the row below the category down to this one: where the group first appears (the
    // root, the group whose child groups these are, above them all) is its start.
    QStringList names;
    for (const Node *at = node; at && at->kind == NodeKind::Group && at != m_root.get(); at = at->parent)
        names.prepend(at->name);
    return names.join(tr(" > "));
}

QVariant ChildGroupTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Group") : tr("Permission");
}

} // namespace Models
