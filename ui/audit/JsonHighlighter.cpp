#include "audit/JsonHighlighter.h"

namespace sb::ui {

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
    // A string (optionally followed by a colon: then it is a key), a number, or a literal.
    , m_token(QStringLiteral(R"(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)"))
{
    m_key.setForeground(QColor(0x6a, 0x1b, 0x9a));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
    m_number.setForeground(QColor(0x15, 0x65, 0xc0));
    m_literal.setForeground(QColor(0xad, 0x14, 0x57));
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    for (auto it = m_token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(1) > 0)
            setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)),
                      match.capturedLength(2) > 0 ? m_key : m_string);
        else if (match.capturedLength(3) > 0)
            setFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), m_number);
        else
            setFormat(int(match.capturedStart(4)), int(match.capturedLength(4)), m_literal);
    }
}

} // namespace sb::ui
