#pragma once

#include "models/membershipplan.h"
#include "models/userdrag.h"

#include <QtWidgets/QWidget>

#include <memory>
#include <optional>

class QAction;
class QToolBar;

namespace Ui {
class PersonPage;
}

namespace Models {
class ChangeOperation;
class MemberOfFilterProxyModel;
class MemberOfModel;
class PersonLoader;
} // namespace Models

namespace Gui {

class LoadStatusBar;
class MemberOfTableView;
class MembershipPlanDialog;
class ComparisonDialog;
class PersonAccessTab;
class Session;

/// One person's page (issue 24), a tab or dock page the main window opens: at the top the
/// person (name and username as a title, id, e-mail, whether the account is active, primary
/// group), a person the signed-in user cannot see or a deactivated account said in words; below,
/// Member Of: every group they are in, filtered, counted and sorted, with Remove from Selected
/// Groups, Add to Groups..., drops of groups, Copy Memberships From..., Remove from All
/// Groups... (offboarding), Compare With..., Copy and Export CSV. Each change is one undo step
/// of the session's workspace; what it started is said through statusMessage().
class PersonPage : public QWidget
{
    Q_OBJECT

public:
    PersonPage(Session *session, const Models::UserRef &person, QWidget *parent = nullptr);
    ~PersonPage() override;

    qint64 personId() const;
    /// The person as last read (the ref given until then).
    Models::UserRef person() const;
    /// "Ada Lovelace (ada.lovelace)" once the person is read; until then, what the ref names.
    QString title() const;

    Models::PersonLoader *loader() const { return m_loader; }
    Models::MemberOfModel *memberOfModel() const { return m_memberOf; }
    Models::MemberOfFilterProxyModel *memberOfProxy() const { return m_proxy; }
    MemberOfTableView *memberOfView() const;
    /// The Access tab (what the person can reach, looked up on Start).
    PersonAccessTab *accessTab() const { return m_accessTab; }

    /// The direct shares the person holds, for offboarding's "Also revoke" option; until given
    /// (the Access tab gives them once a look-up ends), the plan says shares were not looked up.
    void setDirectShares(const QList<Models::MembershipPlan::DirectShare> &shares);

    /// Opens the plan of giving this person every group of \a source (the dialog is this
    /// page's child, "membershipPlanDialog"); Copy Memberships From... asks for \a source first.
    MembershipPlanDialog *copyMembershipsFrom(const Models::UserRef &source);
    /// Opens the plan of removing this person from every group (Remove from All Groups...).
    MembershipPlanDialog *offboard();
    /// Opens the comparison of this person with \a other (Compare With... asks for \a other).
    ComparisonDialog *compareWith(const Models::UserRef &other);

Q_SIGNALS:
    /// Something to tell the person in the status bar.
    void statusMessage(const QString &message);
    /// Enter or a double-click on a Member Of row: show group \a groupId in the group list.
    void groupActivated(qint64 groupId);
    /// The page's title ("Ada Lovelace (ada.lovelace)"), once the person is read.
    void titleChanged(const QString &title);

private:
    void setUpView();
    void setUpActions();
    void updateHeader();
    void updateActions();
    void updateCount();

    /// The source rows of the selection, in the order shown.
    QList<int> selectedRows() const;
    void confirmRemove();
    void addToGroups();
    void pickPerson(const QString &title, const std::function<void(const Models::UserRef &)> &picked);
    void copyNames();
    void exportCsv();
    void changeStarted(Models::ChangeOperation *operation);

    std::unique_ptr<Ui::PersonPage> m_ui;
    Session *m_session;
    Models::UserRef m_person;
    Models::PersonLoader *m_loader;
    Models::MemberOfModel *m_memberOf;
    Models::MemberOfFilterProxyModel *m_proxy;
    LoadStatusBar *m_personStatusBar;
    LoadStatusBar *m_memberOfStatusBar;
    QToolBar *m_toolBar;
    PersonAccessTab *m_accessTab;
    std::optional<QList<Models::MembershipPlan::DirectShare>> m_directShares;
    QString m_title;

    QAction *m_openGroupAction = nullptr;
    QAction *m_addToGroupsAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_copyFromAction = nullptr;
    QAction *m_offboardAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_copyNamesAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace Gui
