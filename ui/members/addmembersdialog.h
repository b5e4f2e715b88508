#pragma once

#include <QtCore/QPointer>
#include <QtWidgets/QDialog>

#include <memory>

class QTimer;

namespace Models {
class ChangeOperation;
class CsvImportModel;
class MemberResolutionModel;
class Workspace;
} // namespace Models

namespace Ui {
class AddMembersDialog;
}

namespace Gui {

/// Adds people to one group, named three ways at once: picked in the directory, pasted as a
/// list (ids, usernames, e-mails, full names), or a column of a CSV file. Before anything is
/// sent it shows what those name (a Models::MemberResolutionModel): who will be added, who is a
/// member already, the words that name nobody, and those naming several people, where the
/// person picks one. Pasted and imported words are looked up once typing pauses, or on Check;
/// the lookup never blocks the window. When the directory cannot be read the server's words
/// show with Resolve Again, and every input stays. Add (the default button) sends one bulk
/// operation through Workspace::addMembers(), emits membersAdded() and closes.
///
/// Meant to be open()ed (it is not modal to the rest of the app by nature); deleting it is the
/// caller's choice.
class AddMembersDialog : public QDialog
{
    Q_OBJECT

public:
    /// How long typing or pasting pauses before the words are looked up.
    static constexpr int kResolveDebounceMs = 600;

    AddMembersDialog(Models::Workspace *workspace, qint64 groupId, QWidget *parent = nullptr);
    ~AddMembersDialog() override;

    qint64 groupId() const { return m_groupId; }
    /// What the resolution view shows.
    Models::MemberResolutionModel *resolutionModel() const { return m_resolution; }
    /// The CSV file read, as its preview shows it.
    Models::CsvImportModel *csvModel() const { return m_csv; }
    /// Add, in the button box: named "addButton" (as is the directory picker's own Add to
    /// Picked button inside it, so a search by name from the dialog may find that one first).
    QPushButton *addButton() const { return m_addButton; }

    /// Reads the CSV file at \a path into the import tab (what choosing it in the file dialog
    /// does); false, said in the tab, when it cannot be read or holds nothing.
    bool importCsv(const QString &path);

Q_SIGNALS:
    /// Add sent \a operation (one undo step); the dialog closes after.
    void membersAdded(Models::ChangeOperation *operation);

private:
    void setUpResolutionView();
    void updateTitle();
    void chooseCsvFile();
    void csvHeaderToggled(bool hasHeader);
    void fillCsvColumns();
    /// Looks up what the paste and the CSV column hold, now.
    void resolveNow();
    /// The pasted text and the CSV column's values, as one text for the resolver.
    QString wordsText() const;
    void openChoosers();
    void updateState();
    void add();

    std::unique_ptr<Ui::AddMembersDialog> m_ui;
    QPointer<Models::Workspace> m_workspace;
    qint64 m_groupId = 0;
    Models::MemberResolutionModel *m_resolution = nullptr;
    Models::CsvImportModel *m_csv = nullptr;
    QTimer *m_resolveTimer = nullptr;
    QPushButton *m_addButton = nullptr;
    /// The words changed since they were last given to the resolver (a lookup is due).
    bool m_wordsChanged = false;
};

} // namespace Gui
