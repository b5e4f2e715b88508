#pragma once

#include "models/loadstatus.h"
#include "models/userdrag.h"
#include "models/userresolver.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtCore/QSet>

namespace Models {

class Workspace;

/// Who an add-members dialog would add to one group, before anything is sent: the people
/// picked from the directory and those the pasted or imported words name (through a
/// UserResolver), each marked as to be added or already a member (from the group's members in
/// the GroupStore, fetched when the store has not got them); the words that name nobody; and
/// the words that name several people, where the person picks one (setData() on NameColumn,
/// EditRole: the candidate's index; -1 picks none). A choice survives a new resolution of a
/// text that still holds the word.
///
/// Rows come in the order a person deals with them: ambiguous words, words naming nobody, then
/// the people found (picked first, then in the order named). Resolving reads only: the
/// caller adds usersToAdd().
class MemberResolutionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, EntryColumn, NameColumn, UsernameColumn, EmailColumn, ColumnCount };
    Q_ENUM(Column)
    /// What a row is; its KindRole, as int.
    enum class Kind { ToAdd, AlreadyMember, NotFound, Ambiguous };
    Q_ENUM(Kind)

    MemberResolutionModel(Workspace *workspace, qint64 groupId, QObject *parent = nullptr);
    ~MemberResolutionModel() override;

    qint64 groupId() const { return m_groupId; }

    /// People picked from the directory: found as they are, without asking the server.
    void setPicked(const QList<UserRef> &users);
    /// Resolves \a text (ids, usernames, e-mails, full names; see UserResolver); the rows follow
    /// once the directory answered. A resolution still running is dropped.
    void resolve(const QString &text);
    /// The text last given to resolve().
    QString text() const { return m_text; }
    /// True once the last resolve() was answered (also when it failed).
    bool isResolved() const { return m_resolved; }
    /// The last resolution (with its error, if any).
    const UserResolution &resolution() const { return m_resolution; }

    /// Resolving (or fetching the group's members) and why it failed; retry() resolves again.
    LoadStatus *loadStatus() const { return m_loadStatus; }

    Kind kind(int row) const;
    /// The word a row stands for (empty for a person picked from the directory).
    QString word(int row) const { return m_rows.at(row).word; }
    /// The person of a row: the one found, or the candidate picked (id 0 for none).
    UserRef user(int row) const;
    /// The people an ambiguous row's word names; empty for other rows.
    QList<UserRef> candidates(int row) const { return m_rows.at(row).candidates; }
    /// The candidate picked in an ambiguous row, or -1.
    int pickedCandidate(int row) const { return m_rows.at(row).picked; }
    /// How a candidate shows in a chooser: "Ada Lopez <ada@example.org>", and whether a member.
    QString candidateText(const UserRef &candidate) const;
    bool isMember(qint64 userId) const { return m_memberIds.contains(userId); }
    /// Whether the group's members are known yet (so "already a member" can be told).
    bool membersKnown() const { return m_membersKnown; }

    /// The people found and picked who are not members yet, each once, in row order.
    QList<UserRef> usersToAdd() const;
    /// The people found or picked, each once (members or not).
    int foundCount() const;
    int alreadyMemberCount() const;
    int notFoundCount() const;
    /// Ambiguous words nobody was picked for.
    int ambiguousCount() const;
    QStringList notFoundWords() const { return m_resolution.notFound; }
    /// "48 found, 3 already members, 2 not found, 1 ambiguous".
    QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// The counts (and so summary() and usersToAdd()) changed.
    void countsChanged();

private:
    struct Row
    {
        Kind kind = Kind::ToAdd; ///< ToAdd stands for found; isMember() tells the rest.
        QString word;
        UserRef user;
        QList<UserRef> candidates;
        int picked = -1;
    };

    void resolved(const UserResolution &resolution);
    void rebuild();
    void fetchMembersIfUnknown();
    void takeMembers();
    void updateLoading();
    void retry();
    QString statusText(const Row &row) const;

    QPointer<Workspace> m_workspace;
    qint64 m_groupId = 0;
    UserResolver *m_resolver = nullptr;
    LoadStatus *m_loadStatus = nullptr;
    QList<UserRef> m_picked;
    QString m_text;
    bool m_resolved = true;
    UserResolution m_resolution;
    Api::ApiError m_membersError;
    QList<Row> m_rows;
    QSet<qint64> m_memberIds;
    bool m_membersKnown = false;
    bool m_fetchingMembers = false;
    /// The candidate picked per ambiguous word (case-folded), kept across resolutions.
    QHash<QString, qint64> m_choices;
};

} // namespace Models
