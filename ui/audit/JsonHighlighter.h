#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace sb::ui {

// Colours pretty-printed JSON: keys, strings, numbers, and true/false/null. Works line by line, which is enough for
// QJsonDocument::Indented output (a string never spans lines there).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    QRegularExpression m_token;
    QTextCharFormat m_key, m_string, m_number, m_literal;
};

} // namespace sb::ui
