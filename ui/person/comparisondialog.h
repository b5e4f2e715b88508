#pragma once

#include "models/userdrag.h"

#include <QtWidgets/QDialog>

#include <memory>

namespace Ui {
class ComparisonDialog;
}

namespace Models {
class MembershipComparison;
class Workspace;
} // namespace Models

class QSortFilterProxyModel;

namespace Gui {

class LoadStatusBar;

/// Two people's groups side by side (Models::MembershipComparison): only the first, both, only
/// the second, filtered by text and by side, counted, sorted, exported as CSV; "Copy to B..."
/// asks for the plan that gives the second person the first one's groups. Not modal.
class ComparisonDialog : public QDialog
{
    Q_OBJECT

public:
    ComparisonDialog(
        Models::Workspace *workspace, const Models::UserRef &a, const Models::UserRef &b, QWidget *parent = nullptr);
    ~ComparisonDialog() override;

    Models::MembershipComparison *comparison() const { return m_comparison; }
    QSortFilterProxyModel *proxy() const;

Q_SIGNALS:
    /// "Copy to B..." was pressed: the plan giving \a to the groups of \a from is wanted.
    void copyRequested(const Models::UserRef &from, const Models::UserRef &to);
    void statusMessage(const QString &message);

private:
    void updateCount();
    void exportCsv();

    std::unique_ptr<Ui::ComparisonDialog> m_ui;
    Models::MembershipComparison *m_comparison;
    class SideFilter;
    SideFilter *m_proxy;
    LoadStatusBar *m_loadStatusBar;
};

} // namespace Gui
