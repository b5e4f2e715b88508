#include "ui/widgets/csvexport.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QMessageBox>

namespace Gui {

namespace {
const QString kFolderKey = QStringLiteral("export/folder");
} // namespace

QString fileNamePart(QString name)
{
    for (QChar &c : name) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c))
            c = u'-';
    }
    return name;
}

bool writeCsvFile(const QString &path, const QByteArray &csv, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString startFolder(const QString &remembered)
{
    for (const QString &candidate :
        {remembered, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath()}) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir())
            return candidate;
    }
    return QDir::homePath();
}

QString saveCsv(QWidget *parent, const QString &title, const QString &suggestedName, const QByteArray &csv)
{
    QSettings settings;
    const QString folder = startFolder(settings.value(kFolderKey).toString());

    // The export's words are in a context of their own ("Gui::CsvExport"): QFileDialog::tr would
    // file them among Qt's strings, where the app's catalog is not looked in.
    QFileDialog dialog(parent, title, QDir(folder).filePath(suggestedName),
        QCoreApplication::translate("Gui::CsvExport", "CSV files (*.csv);;All files (*)"));
    dialog.setObjectName(QStringLiteral("csvFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    QString path = dialog.selectedFiles().constFirst();
    QString error;
    if (!writeCsvFile(path, csv, &error)) {
        QMessageBox::warning(parent, title,
            QCoreApplication::translate("Gui::CsvExport", "Could not save %1: %2")
                .arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    return path;
}

} // namespace Gui
