#pragma once

// Long text in a dialog: what the server says and what people name things have no length limit
// a layout can trust. A word-wrapped QLabel breaks only between words, so a 316-character name
// without spaces makes it, its dialog and (through QLayout::SetMinimumSize) the window as wide
// as the name; a QMessageBox cuts such a line at 1,000 px instead.

#include <QtCore/QString>

class QWidget;

namespace Gui {

/// \a name on one line, cut with "…" to about \a averageCharacters characters of \a widget's
/// font: for a name inside a sentence, a title or a question, where the form or a tooltip holds
/// it whole.
QString elidedName(const QString &name, const QWidget *widget, int averageCharacters = 40);

/// \a text with a break opportunity (a zero-width space) inside every run of more than \a run
/// characters without white space, so a word-wrapped label wraps the server's words (a name
/// it quotes, a URL) at its width instead of growing to theirs. For plain text; escape it for
/// rich text afterwards.
QString breakable(const QString &text, int run = 30);

/// Keeps the top-level \a window within the available geometry of its screen: made no larger
/// (as far as its minimum size lets) and, once shown, moved inside it, frame included.
void keepWithinScreen(QWidget *window);

/// Calls keepWithinScreen() on \a window each time it shows, and again once the window manager
/// had a turn to frame it: for a dialog whose default size suits a large screen.
void keepWithinScreenWhenShown(QWidget *window);

} // namespace Gui
