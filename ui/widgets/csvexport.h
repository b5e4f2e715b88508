#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

class QWidget;

namespace Gui {

/// Asks where to save \a csv (a QFileDialog named "csvFileDialog", starting in the folder the
/// last export went to, proposing \a suggestedName) and writes it whole or not at all
/// (QSaveFile). A failure to write is said in a message box. Returns the path written, or an
/// empty string when the person cancelled or the write failed. Every CSV export of the app
/// goes through here, so they all remember the same folder.
QString saveCsv(QWidget *parent, const QString &title, const QString &suggestedName, const QByteArray &csv);

/// \a name (a group's slug or name) as part of a file name: what a file system refuses
/// ("/\\:*?\"<>|") becomes a dash.
QString fileNamePart(QString name);

/// The folder a file dialog starts in: \a remembered (where the person last saved or opened
/// such a file), else Documents, else home, the first of them that exists. Handed a folder that
/// does not exist (Documents in a fresh home), QFileDialog opens in the working directory or
/// takes the folder's name for a file name.
QString startFolder(const QString &remembered);

/// Writes \a csv to \a path whole or not at all; false with \a error saying why.
bool writeCsvFile(const QString &path, const QByteArray &csv, QString *error);

} // namespace Gui
