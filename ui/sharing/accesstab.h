#pragma once

#include "ui/widgets/grouptab.h"

#include <memory>

class QAction;
class QCheckBox;
class QToolBar;

namespace Ui {
class AccessTab;
}

namespace Models {
class EffectiveAccessFilterProxyModel;
class EffectiveAccessModel;
} // namespace Models

namespace Gui {

class ColumnFitter;
class LoadStatusBar;
class Session;

/// The Access tab: everyone who can read, write or manage the selected group, with their
/// highest level, every way they get it (shared directly, member of a group it is shared with,
/// its creator) and whether their account is active; filtered, counted ("23 active people can
/// reach Alumni: 4 manage, 6 write, 13 read; 2 deactivated accounts hold access too"), the
/// deactivated dimmed and shown or not (kept in QSettings), a line saying the organization's
/// admins manage it too (the API does not say who they are), the progress of loading the share
/// groups' members, errors with Retry, and Export CSV of the rows shown. A hidden tab loads once
/// it is shown.
class AccessTab : public GroupTab
{
    Q_OBJECT

public:
    explicit AccessTab(Session *session, QWidget *parent = nullptr);
    ~AccessTab() override;

    Models::EffectiveAccessModel *model() const { return m_model; }
    Models::EffectiveAccessFilterProxyModel *proxy() const { return m_proxy; }

    /// The table header's column widths, order, sort and whether they are fitted, for QSettings.
    QByteArray saveHeaderState() const override;
    void restoreHeaderState(const QByteArray &state) override;

protected:
    qint64 loadedGroupId() const override;
    void loadGroup(qint64 groupId) override;
    void reloadGroup() override;

private:
    void setUpView();
    void setUpActions();
    void updateCount();
    /// "1 person", "23 people" (the English catalog's plural forms of "%n person(s)").
    static QString peopleText(int count);
    void exportCsv();

    std::unique_ptr<Ui::AccessTab> m_ui;
    Models::EffectiveAccessModel *m_model;
    Models::EffectiveAccessFilterProxyModel *m_proxy;
    LoadStatusBar *m_loadStatusBar;
    QToolBar *m_toolBar;
    QAction *m_exportAction = nullptr;
    QAction *m_copyAction = nullptr;
    ColumnFitter *m_columnFitter = nullptr;
    QCheckBox *m_showDeactivatedCheckBox = nullptr;
};

} // namespace Gui
