#pragma once

#include "ui/widgets/grouptab.h"

#include <QtCore/QHash>

#include <memory>

class QLabel;

namespace Api {
struct GroupSummary;
}

namespace Ui {
class GroupDetailsTab;
}

namespace Models {
class LoadStatus;
}

namespace Gui {

class LoadStatusBar;
class Session;

/// The Details tab: every attribute of the selected group, read only and selectable, from the
/// store (what a list knew at once, the whole group once fetched), with Edit and Replace.
class GroupDetailsTab : public GroupTab
{
    Q_OBJECT

public:
    explicit GroupDetailsTab(Session *session, QWidget *parent = nullptr);
    ~GroupDetailsTab() override;

    /// Loading the group, and why it failed.
    Models::LoadStatus *loadStatus() const { return m_loadStatus; }

Q_SIGNALS:
    void editRequested();
    void replaceRequested();

protected:
    qint64 loadedGroupId() const override;
    /// Shows group \a groupId (0: none) from the store at once, and fetches it anew.
    void loadGroup(qint64 groupId) override;
    /// Fetches the group anew.
    void reloadGroup() override;

private:
    void showGroup();
    void showValues();
    /// "Name: Boston Office" and so on, a line for each value shown.
    QString detailsText() const;
    /// Ctrl+C: the text selected in a value, else every value.
    void copy();
    void showSummary(const Api::GroupSummary &group);
    /// "Ada Lovelace (alovelace)" for user \a id once known; asks the server the first time.
    QString userText(std::optional<qint64> id);

    std::unique_ptr<Ui::GroupDetailsTab> m_ui;
    Models::LoadStatus *m_loadStatus;
    LoadStatusBar *m_loadStatusBar;
    qint64 m_groupId = 0; ///< The group shown (GroupTab::groupId(): the one asked for).
    quint64 m_fetchSerial = 0;
    QHash<qint64, QString> m_userNames; ///< Empty while asked for.
};

} // namespace Gui
