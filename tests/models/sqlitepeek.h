#pragma once

// What a test reads of an app's SQLite file behind the app's back, as sqlite3 would.

#include <QtCore/QString>
#include <QtCore/QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

/// The first value \a sql gives on the file at \a path (a statement that gives none: run, and a
/// null value), through a connection of its own, closed again.
inline QVariant fileValue(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("test-peek");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}
