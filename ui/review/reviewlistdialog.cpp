#include "ui/review/reviewlistdialog.h"

#include "ui_reviewlistdialog.h"

#include "models/reviewstore.h"
#include "ui/widgets/longtext.h"

#include <QtCore/QLocale>
#include <QtGui/QShortcut>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

namespace Gui {

namespace {

enum Column { NameColumn, StartedColumn, CompletedColumn, ProgressColumn };

/// "212 of 480 decided" over the rows whose grant is current (as the review window counts).
QString progressText(const Models::ReviewStore &store, qint64 reviewId)
{
    const Models::ReviewStore::Progress progress = store.progress(reviewId);
    if (progress.current == 0)
        return ReviewListDialog::tr("Not read yet");
    const QLocale locale;
    return ReviewListDialog::tr("%1 of %2 decided")
        .arg(locale.toString(progress.decided), locale.toString(progress.current));
}

} // namespace

ReviewListDialog::ReviewListDialog(Models::ReviewStore *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReviewListDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reviewListDialog"));
    QHeaderView *header = m_ui->reviewsTreeWidget->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (const int column : {StartedColumn, CompletedColumn, ProgressColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->openButton, &QPushButton::clicked, this, &ReviewListDialog::openSelected);
    connect(m_ui->reviewsTreeWidget, &QTreeWidget::itemActivated, this, &ReviewListDialog::openSelected);
    connect(m_ui->renameButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_ui->reviewsTreeWidget->currentItem())
            m_ui->reviewsTreeWidget->editItem(item, NameColumn);
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ReviewListDialog::deleteSelected);
    auto *deleteShortcut
        = new QShortcut(QKeySequence::Delete, m_ui->reviewsTreeWidget, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &ReviewListDialog::deleteSelected);
    connect(m_ui->reviewsTreeWidget, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        const qint64 id = item->data(NameColumn, Qt::UserRole).toLongLong();
        const QString name = item->text(NameColumn).trimmed();
        if (column != NameColumn || !id)
            return;
        if (name.isEmpty() || !m_store->rename(id, name)) {
            refresh(); // an empty name, or the file refused it: the name stays as it was
            return;
        }
        Q_EMIT renamed(id);
    });
    connect(m_ui->reviewsTreeWidget, &QTreeWidget::itemSelectionChanged, this, &ReviewListDialog::updateButtons);
    refresh();
    keepWithinScreenWhenShown(this);
}

ReviewListDialog::~ReviewListDialog() = default;

void ReviewListDialog::refresh()
{
    QTreeWidget *tree = m_ui->reviewsTreeWidget;
    const QSignalBlocker blocker(tree);
    tree->clear();
    const QLocale locale;
    for (const Models::ReviewInfo &info : m_store->reviews()) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(NameColumn, info.name);
        item->setToolTip(NameColumn, tr("%1: %2").arg(info.name, info.partsText()));
        item->setData(NameColumn, Qt::UserRole, info.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setText(StartedColumn, locale.toString(info.started.toLocalTime(), QLocale::ShortFormat));
        item->setText(CompletedColumn,
            info.isCompleted() ? locale.toString(info.completed.toLocalTime(), QLocale::ShortFormat) : tr("Open"));
        item->setText(ProgressColumn, progressText(*m_store, info.id));
    }
    if (tree->topLevelItemCount() > 0)
        tree->setCurrentItem(tree->topLevelItem(0));
    m_ui->emptyLabel->setVisible(tree->topLevelItemCount() == 0);
    updateButtons();
}

QList<qint64> ReviewListDialog::selectedIds() const
{
    QList<qint64> ids;
    for (const QTreeWidgetItem *item : m_ui->reviewsTreeWidget->selectedItems())
        ids.append(item->data(NameColumn, Qt::UserRole).toLongLong());
    return ids;
}

void ReviewListDialog::updateButtons()
{
    const int selected = int(selectedIds().size());
    m_ui->openButton->setEnabled(selected > 0);
    m_ui->renameButton->setEnabled(selected == 1);
    m_ui->deleteButton->setEnabled(selected > 0);
}

void ReviewListDialog::openSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    for (const qint64 id : ids)
        Q_EMIT openRequested(id);
    accept();
}

void ReviewListDialog::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString question = ids.size() == 1
        ? tr("Delete the review %1 with its decisions and notes?")
              .arg(elidedName(m_ui->reviewsTreeWidget->selectedItems().constFirst()->text(NameColumn), this))
        : tr("Delete %n review(s) with their decisions and notes?", nullptr, int(ids.size()));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Review"), question, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setInformativeText(tr("Nothing changes on the server. A report not exported is lost."));
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, ids] {
        if (box->clickedButton() != yes)
            return;
        for (const qint64 id : ids) {
            if (m_store->deleteReview(id))
                Q_EMIT deleted(id);
        }
        refresh();
    });
    box->open();
}

} // namespace Gui
