#pragma once

#include "models/loadstatus.h"

#include "api/apiclient.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QPointer>

#include <functional>
#include <memory>
#include <vector>

namespace Models {

class Workspace;

/// The groups one group holds permissions on (GET /groups/{id}/child_groups), as a tree that
/// expands lazily. The top rows are three nodes, Manageable, Writeable and Readable, holding
/// the root group's child groups; each group expands, when asked (canFetchMore/fetchMore),
/// into the groups it holds permissions on, with the level in the second column. A group that
/// is one of its own ancestors (the root included) is shown once more, marked as a cycle
/// (CycleRole), and not expanded, so following the graph always ends; its tooltip names the
/// loop ("Data Quality already appears above: Analytics Guild > Modeling Team > Data Quality").
class ChildGroupTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, LevelColumn, ColumnCount };
    Q_ENUM(Column)
    enum class NodeKind { Category, Group };
    Q_ENUM(NodeKind)

    explicit ChildGroupTreeModel(Workspace *workspace, qint64 rootGroupId = 0, QObject *parent = nullptr);
    ~ChildGroupTreeModel() override;

    qint64 rootGroupId() const { return m_rootGroupId; }
    /// Shows the child groups of \a groupId (fetching them at once: the three top nodes need them).
    void setRootGroup(qint64 groupId);
    /// Starts again from the root's child groups: expanded groups collapse.
    void reload();
    /// Asks again for the children of \a index after they failed to load.
    void retry(const QModelIndex &index);
    /// Asks again for the children of every node whose children failed to load.
    void retryFailed();

    /// Loading while any node's children are being fetched; the last error fetching any node's
    /// children, until every node that failed has loaded (each node also has its own,
    /// ErrorRole). Its retry() is retryFailed().
    LoadStatus *loadStatus() const { return m_loadStatus; }
    /// child_groups requests sent since the last reset (for tests and benchmarks).
    int fetchCount() const { return m_fetchCount; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Node
    {
        NodeKind kind = NodeKind::Group;
        Api::PermissionLevel level = Api::PermissionLevel::Read;
        qint64 groupId = 0; ///< For a category, the root group.
        QString name;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        quint64 serial = 0; ///< Identifies the node to an answer that may outlive it.
        bool fetched = false;
        bool fetching = false;
        bool stale = false; ///< Changed while its answer was on the way: ask again when it lands.
        bool cycle = false;
        Api::ApiError error;

        int row() const;
    };

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    std::unique_ptr<Node> makeNode(NodeKind kind, Node *parent);
    /// Fetches the child groups of \a node's group (for the invisible root: fills the categories).
    void fetch(Node *node);
    void fetched(quint64 serial, const Api::Result<Api::ChildGroups> &result);
    /// Makes \a node's children \a groups, keeping (expanded as they are) those still there.
    void setChildren(Node *node, const Api::ChildGroups &groups);
    void mergeChildren(Node *parent, const QList<std::pair<Api::NamedRef, Api::PermissionLevel>> &list);
    bool isAncestorGroup(const Node *node, qint64 groupId) const;
    /// The names from the top row down to \a node: "Analytics Guild > Modeling Team > Data Quality".
    QString loopText(const Node *node) const;
    void forget(Node *node);
    void setFetching(int delta);
    void childGroupsChanged(qint64 groupId);
    void groupChanged(qint64 groupId);
    void visit(Node *node, const std::function<void(Node *)> &f);

    QPointer<Workspace> m_workspace;
    qint64 m_rootGroupId = 0;
    std::unique_ptr<Node> m_root; ///< Invisible; its children are the three categories.
    QHash<quint64, Node *> m_live;
    quint64 m_nextSerial = 1;
    int m_fetching = 0;
    int m_fetchCount = 0;
    LoadStatus *m_loadStatus = nullptr;
};

} // namespace Models
