#pragma once

// Names in a sentence: "Ada Abara, Kai Baker and Theo Silva", or the first few and how many
// more. One place, so a confirmation, a tooltip and a report count and join them alike.

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Models {

class NameList
{
    Q_DECLARE_TR_FUNCTIONS(Models::NameList)

public:
    /// How many names a confirmation or a tooltip lists before it counts the rest.
    static constexpr int kNamedInSentence = 5;

    /// \a names as a sentence joins them ("A, B and C"); beyond \a shown of them the first
    /// \a shown and "and N more".
    static QString text(const QStringList &names, int shown = kNamedInSentence);
};

} // namespace Models
