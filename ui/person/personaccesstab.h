#pragma once

#include "models/personaccessloader.h"
#include "models/userdrag.h"

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

#include <memory>

namespace Ui {
class PersonAccessTab;
}

namespace Models {
class PersonAccessFilterProxyModel;
class PersonAccessModel;
class Workspace;
} // namespace Models

namespace Gui {

class ColumnFitter;
class LoadStatusBar;

/// The Access tab of a person's page: what the person can reach and why, over a scope the
/// person picks (the groups the signed-in user manages, the groups the group list shows when
/// Start is pressed, or every group they can read), read
/// only when Start is pressed (the API has no reverse look-up: it reads the shares of every
/// group of the scope), with progress and Cancel; the groups reached with the highest level and
/// every way in, filtered by text and level, counted, Export CSV. Once a look-up ends, the
/// direct shares found go to offboarding (directSharesFound()).
class PersonAccessTab : public QWidget
{
    Q_OBJECT

public:
    explicit PersonAccessTab(Models::Workspace *workspace, QWidget *parent = nullptr);
    ~PersonAccessTab() override;

    /// Whose access Start looks up (nothing is read until then).
    void setPerson(const Models::UserRef &person);
    /// Offers "Groups listed now" as a scope: the rows \a groups has when Start is pressed
    /// (IdRole; the group list's model). Null takes the choice away.
    void setListedGroups(const QAbstractItemModel *groups);
    /// Starts the look-up over the scope picked (what Start does).
    void start();

    Models::PersonAccessModel *model() const { return m_model; }
    Models::PersonAccessFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    /// A look-up ended whole: the shares the person holds in their own name.
    void directSharesFound(const QList<Models::DirectShare> &shares);
    void statusMessage(const QString &message);

private:
    /// The scope picked in the combo box.
    Models::PersonAccessScope scope() const;
    void setUpColumns();
    void update();
    void exportCsv();

    std::unique_ptr<Ui::PersonAccessTab> m_ui;
    Models::PersonAccessModel *m_model;
    Models::PersonAccessFilterProxyModel *m_proxy;
    LoadStatusBar *m_loadStatusBar;
    ColumnFitter *m_columnFitter = nullptr;
    Models::UserRef m_person;
    QPointer<const QAbstractItemModel> m_listedGroups;
};

} // namespace Gui
