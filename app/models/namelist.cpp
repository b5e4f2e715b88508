#include "models/namelist.h"

namespace Models {

QString NameList::text(const QStringList &names, int shown)
{
    // Joined by translated words, not QLocale::createSeparatedList(): under the C locale (a
    // session without LANG) that gives "A, B" for "A and B".
    const QString comma = tr(", ", "between names of a list");
    if (names.size() > shown) {
        return tr("%1 and %n more", "the first names of a list, and how many others", int(names.size()) - shown)
            .arg(names.mid(0, shown).join(comma));
    }
    if (names.size() <= 1)
        return names.value(0);
    return tr("%1 and %2", "a list of names, and its last")
        .arg(names.mid(0, names.size() - 1).join(comma), names.last());
}

} // namespace Models
