// Sheets v4 (spreadsheets create/get, values get/append) of GoogleApi.
#include "sandbox/providers/GoogleApi.h"

#include "sandbox/providers/GoogleErrors.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

namespace sb::sandbox {

namespace {

net::HttpResponse sheetsError(int code, const QString& message)
{
    return google::error(code, message, google::Style::OnePlatform);
}

QString columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

int columnIndex(const QString& letters)
{
    int index = 0;
    for (const QChar c : letters)
        index = index * 26 + (c.toUpper().unicode() - u'A' + 1);
    return index - 1;
}

// Sheet names with anything but letters, digits and '_' are quoted in A1 notation.
QString quotedTitle(const QString& title)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_]+$"));
    if (plain.match(title).hasMatch())
        return title;
    return u'\'' + QString(title).replace(QStringLiteral("'"), QStringLiteral("''")) + u'\'';
}

bool isEmpty(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

QString formatted(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QLocale::c().toString(number, 'g', 15);
    }
    return value.toString();
}

// USER_ENTERED parses what a user typing into a cell would get: numbers, booleans, a leading ' forcing text.
QJsonValue userEntered(const QJsonValue& value)
{
    if (!value.isString())
        return value;
    const QString text = value.toString();
    if (text.startsWith(u'\''))
        return text.mid(1);
    if (text.compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("FALSE"), Qt::CaseInsensitive) == 0)
        return false;
    bool ok = false;
    const double number = QLocale::c().toDouble(text.trimmed(), &ok);
    if (ok && !text.trimmed().isEmpty())
        return number;
    return text;
}

} // namespace

QJsonObject GoogleApi::spreadsheetResource(const Spreadsheet& spreadsheet)
{
    QJsonArray sheets;
    for (qsizetype i = 0; i < spreadsheet.sheets.size(); ++i) {
        const Sheet& sheet = spreadsheet.sheets[i];
        sheets.append(QJsonObject{
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("sheetId"), sheet.sheetId},
                         {QStringLiteral("title"), sheet.title},
                         {QStringLiteral("index"), int(i)},
                         {QStringLiteral("sheetType"), QStringLiteral("GRID")},
                         {QStringLiteral("gridProperties"), QJsonObject{{QStringLiteral("rowCount"), sheet.rowCount},
                                                                        {QStringLiteral("columnCount"), sheet.columnCount}}}}}});
    }
    return QJsonObject{
        {QStringLiteral("spreadsheetId"), spreadsheet.id},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("title"), spreadsheet.title},
                                                   {QStringLiteral("locale"), QStringLiteral("en_US")},
                                                   {QStringLiteral("autoRecalc"), QStringLiteral("ON_CHANGE")},
                                                   {QStringLiteral("timeZone"), QStringLiteral("Etc/GMT")}}},
        {QStringLiteral("sheets"), sheets},
        {QStringLiteral("spreadsheetUrl"), QStringLiteral("https://docs.google.com/spreadsheets/d/%1/edit").arg(spreadsheet.id)}};
}

std::optional<GoogleApi::GridRange> GoogleApi::resolveRange(Spreadsheet& spreadsheet, const QString& a1)
{
    QString sheetName;
    QString cells = a1;
    const qsizetype bang = a1.lastIndexOf(u'!');
    if (bang >= 0) {
        sheetName = a1.left(bang);
        cells = a1.mid(bang + 1);
        if (sheetName.size() >= 2 && sheetName.startsWith(u'\'') && sheetName.endsWith(u'\''))
            sheetName = sheetName.mid(1, sheetName.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    } else {
        // A bare name is a whole sheet; anything else is cells on the first sheet.
        for (const Sheet& sheet : spreadsheet.sheets) {
            if (sheet.title == a1) {
                sheetName = a1;
                cells.clear();
            }
        }
    }
    GridRange range;
    for (Sheet& sheet : spreadsheet.sheets) {
        if (sheetName.isEmpty() ? &sheet == &spreadsheet.sheets.first() : sheet.title == sheetName) {
            range.sheet = &sheet;
            break;
        }
    }
    if (!range.sheet)
        return std::nullopt;
    if (cells.isEmpty())
        return range;

    static const QRegularExpression ref(QStringLiteral(R"(^([A-Za-z]{0,3})(\d{0,7})$)"));
    const QStringList ends = cells.split(u':');
    if (ends.size() > 2)
        return std::nullopt;
    const auto first = ref.match(ends[0]);
    const auto last = ref.match(ends.value(1, ends[0]));
    if (!first.hasMatch() || !last.hasMatch() || ends[0].isEmpty())
        return std::nullopt;
    if (!first.captured(1).isEmpty())
        range.startColumn = columnIndex(first.captured(1));
    if (!first.captured(2).isEmpty())
        range.startRow = first.captured(2).toInt() - 1;
    if (!last.captured(1).isEmpty())
        range.endColumn = columnIndex(last.captured(1)) + 1;
    if (!last.captured(2).isEmpty())
        range.endRow = last.captured(2).toInt();
    if (range.startRow < 0 || (range.endRow >= 0 && range.endRow <= range.startRow)
        || (range.endColumn >= 0 && range.endColumn <= range.startColumn))
        return std::nullopt;
    return range;
}

net::HttpResponse GoogleApi::sheets(Account& account, const net::HttpRequest& request, const QStringList& path,
                                    const QStringList& rawPath)
{
    if (path.isEmpty() && request.method == "POST") {
        const QJsonObject input = jsonBody(request).value_or(QJsonObject());
        Spreadsheet created{QStringLiteral("1") + m_ids.alnum(43),
                            input.value(QStringLiteral("properties")).toObject().value(QStringLiteral("title"))
                                .toString(QStringLiteral("Untitled spreadsheet")),
                            {}};
        for (const QJsonValue& sheet : input.value(QStringLiteral("sheets")).toArray()) {
            const QString title = sheet.toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("title")).toString();
            created.sheets.append(Sheet{created.sheets.isEmpty() ? 0 : 1 + int(m_ids.bounded(2000000000)),
                                        title.isEmpty() ? QStringLiteral("Sheet%1").arg(created.sheets.size() + 1) : title,
                                        1000, 26, {}});
        }
        if (created.sheets.isEmpty())
            created.sheets.append(Sheet{0, QStringLiteral("Sheet1"), 1000, 26, {}});
        account.spreadsheets.append(created);
        return net::HttpResponse::json(spreadsheetResource(created));
    }
    if (path.isEmpty())
        return sheetsError(404, QStringLiteral("Requested entity was not found."));

    Spreadsheet* spreadsheet = nullptr;
    for (Spreadsheet& candidate : account.spreadsheets) {
        if (candidate.id == path[0])
            spreadsheet = &candidate;
    }
    if (!spreadsheet) {
        for (const Account& other : m_accounts) {
            for (const Spreadsheet& candidate : other.spreadsheets) {
                if (candidate.id == path[0])
                    return sheetsError(403, QStringLiteral("The caller does not have permission"));
            }
        }
        return sheetsError(404, QStringLiteral("Requested entity was not found."));
    }
    if (path.size() == 1 && request.method == "GET")
        return net::HttpResponse::json(spreadsheetResource(*spreadsheet));
    if (path.size() == 3 && path[1] == QLatin1String("values")) {
        // The range is one percent-encoded segment; a literal ":append" after it names the method.
        const QString raw = rawPath.value(2);
        if (raw.endsWith(QLatin1String(":append"))) {
            if (request.method != "POST")
                return sheetsError(404, QStringLiteral("Requested entity was not found."));
            const QString range = QString::fromUtf8(QByteArray::fromPercentEncoding(raw.chopped(7).toUtf8()));
            return appendValues(*spreadsheet, range, request);
        }
        if (request.method == "GET")
            return getValues(*spreadsheet, path[2], request);
    }
    return sheetsError(404, QStringLiteral("Requested entity was not found."));
}

net::HttpResponse GoogleApi::getValues(Spreadsheet& spreadsheet, const QString& a1, const net::HttpRequest& request)
{
    const auto range = resolveRange(spreadsheet, a1);
    if (!range)
        return sheetsError(400, QStringLiteral("Unable to parse range: %1").arg(a1));
    const QUrlQuery query = request.query();
    const QString render = query.queryItemValue(QStringLiteral("valueRenderOption")).isEmpty()
                               ? QStringLiteral("FORMATTED_VALUE")
                               : query.queryItemValue(QStringLiteral("valueRenderOption"));
    if (!QStringList{QStringLiteral("FORMATTED_VALUE"), QStringLiteral("UNFORMATTED_VALUE"), QStringLiteral("FORMULA")}
             .contains(render))
        return sheetsError(400, QStringLiteral("Invalid value at 'value_render_option' "
                                               "(type.googleapis.com/google.apps.sheets.v4.ValueRenderOption), \"%1\"")
                                    .arg(render));
    const QString dimension = query.queryItemValue(QStringLiteral("majorDimension")).isEmpty()
                                  ? QStringLiteral("ROWS")
                                  : query.queryItemValue(QStringLiteral("majorDimension"));
    if (dimension != QLatin1String("ROWS") && dimension != QLatin1String("COLUMNS"))
        return sheetsError(400, QStringLiteral("Invalid value at 'major_dimension' "
                                               "(type.googleapis.com/google.apps.sheets.v4.Dimension), \"%1\"")
                                    .arg(dimension));
    const Sheet& sheet = *range->sheet;
    const int endRow = range->endRow < 0 ? sheet.rowCount : std::min(range->endRow, sheet.rowCount);
    const int endColumn = range->endColumn < 0 ? sheet.columnCount : std::min(range->endColumn, sheet.columnCount);

    // Trailing empty cells and rows are left out, as Sheets does.
    QList<QJsonArray> rows;
    for (int r = range->startRow; r < endRow && r < sheet.rows.size(); ++r) {
        QJsonArray row;
        for (int c = range->startColumn; c < endColumn && c < sheet.rows[r].size(); ++c) {
            const QJsonValue cell = sheet.rows[r][c];
            row.append(isEmpty(cell) ? QJsonValue(QString()) : render == QLatin1String("FORMATTED_VALUE") ? QJsonValue(formatted(cell)) : cell);
        }
        while (!row.isEmpty() && isEmpty(row.last()))
            row.removeLast();
        rows.append(row);
    }
    while (!rows.isEmpty() && rows.last().isEmpty())
        rows.removeLast();
    QJsonArray values;
    if (dimension == QLatin1String("ROWS")) {
        for (const QJsonArray& row : rows)
            values.append(row);
    } else {
        qsizetype width = 0;
        for (const QJsonArray& row : rows)
            width = std::max(width, row.size());
        for (qsizetype c = 0; c < width; ++c) {
            QJsonArray column;
            for (const QJsonArray& row : rows)
                column.append(c < row.size() ? row[c] : QJsonValue(QString()));
            while (!column.isEmpty() && isEmpty(column.last()))
                column.removeLast();
            values.append(column);
        }
    }
    const QString a1Range = QStringLiteral("%1!%2%3:%4%5")
                                .arg(quotedTitle(sheet.title), columnName(range->startColumn))
                                .arg(range->startRow + 1)
                                .arg(columnName(endColumn - 1))
                                .arg(endRow);
    QJsonObject body{{QStringLiteral("range"), a1Range}, {QStringLiteral("majorDimension"), dimension}};
    if (!values.isEmpty())
        body.insert(QStringLiteral("values"), values);
    return net::HttpResponse::json(body);
}

net::HttpResponse GoogleApi::appendValues(Spreadsheet& spreadsheet, const QString& a1, const net::HttpRequest& request)
{
    const QUrlQuery query = request.query();
    const QString inputOption = query.queryItemValue(QStringLiteral("valueInputOption"));
    if (inputOption.isEmpty())
        return sheetsError(400, QStringLiteral("'valueInputOption' is required but not specified"));
    if (inputOption != QLatin1String("RAW") && inputOption != QLatin1String("USER_ENTERED"))
        return sheetsError(400, QStringLiteral("Invalid value at 'value_input_option' "
                                               "(type.googleapis.com/google.apps.sheets.v4.ValueInputOption), \"%1\"")
                                    .arg(inputOption));
    const QString insertOption = query.queryItemValue(QStringLiteral("insertDataOption"));
    if (!insertOption.isEmpty() && insertOption != QLatin1String("OVERWRITE") && insertOption != QLatin1String("INSERT_ROWS"))
        return sheetsError(400, QStringLiteral("Invalid value at 'insert_data_option' "
                                               "(type.googleapis.com/google.apps.sheets.v4.InsertDataOption), \"%1\"")
                                    .arg(insertOption));
    const auto range = resolveRange(spreadsheet, a1);
    if (!range)
        return sheetsError(400, QStringLiteral("Unable to parse range: %1").arg(a1));
    const std::optional<QJsonObject> body = jsonBody(request);
    if (!body)
        return sheetsError(400, QStringLiteral("Invalid JSON payload received. Expected an object."));
    QList<QJsonArray> input;
    for (const QJsonValue& row : body->value(QStringLiteral("values")).toArray()) {
        if (!row.isArray())
            return sheetsError(400, QStringLiteral("Invalid values[%1]: expected a list of values").arg(input.size()));
        input.append(row.toArray());
    }
    if (body->value(QStringLiteral("majorDimension")).toString() == QLatin1String("COLUMNS")) {
        QList<QJsonArray> rows;
        for (qsizetype c = 0; c < input.size(); ++c) {
            for (qsizetype r = 0; r < input[c].size(); ++r) {
                while (rows.size() <= r)
                    rows.append(QJsonArray());
                while (rows[r].size() < c)
                    rows[r].append(QJsonValue::Null);
                rows[r].append(input[c][r]);
            }
        }
        input = rows;
    }

    // The "table" the range starts in: rows with data from the range's first cell on, extending right and down past
    // the range as Sheets' table detection does. New rows go right after it, starting at its first column.
    Sheet& sheet = *range->sheet;
    int tableStart = -1, tableEnd = -1, tableFirstColumn = -1, tableLastColumn = -1;
    for (int r = range->startRow; r < sheet.rows.size(); ++r) {
        for (int c = range->startColumn; c < sheet.rows[r].size(); ++c) {
            if (isEmpty(sheet.rows[r][c]))
                continue;
            if (tableStart < 0)
                tableStart = r;
            tableEnd = r;
            tableFirstColumn = tableFirstColumn < 0 ? c : std::min(tableFirstColumn, c);
            tableLastColumn = std::max(tableLastColumn, c);
        }
    }
    const int firstColumn = tableFirstColumn < 0 ? range->startColumn : tableFirstColumn;
    const int firstRow = tableEnd < 0 ? range->startRow : tableEnd + 1;

    QJsonArray written;
    int width = 0;
    int cells = 0;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const int r = firstRow + int(i);
        while (sheet.rows.size() <= r)
            sheet.rows.append(QJsonArray());
        QJsonArray& row = sheet.rows[r];
        QJsonArray stored;
        for (qsizetype j = 0; j < input[i].size(); ++j) {
            const int c = firstColumn + int(j);
            while (row.size() <= c)
                row.append(QJsonValue::Null);
            const QJsonValue value = inputOption == QLatin1String("USER_ENTERED") ? userEntered(input[i][j]) : input[i][j];
            row[c] = value;
            stored.append(value);
            ++cells;
        }
        width = std::max(width, int(input[i].size()));
        written.append(stored);
    }
    const int lastRow = firstRow + int(input.size());
    sheet.rowCount = std::max(sheet.rowCount, lastRow);
    sheet.columnCount = std::max(sheet.columnCount, firstColumn + width);

    QJsonObject updates{{QStringLiteral("spreadsheetId"), spreadsheet.id}};
    if (!input.isEmpty()) {
        const QString updatedRange = QStringLiteral("%1!%2%3:%4%5")
                                         .arg(quotedTitle(sheet.title), columnName(firstColumn))
                                         .arg(firstRow + 1)
                                         .arg(columnName(firstColumn + std::max(width, 1) - 1))
                                         .arg(lastRow);
        updates.insert(QStringLiteral("updatedRange"), updatedRange);
        updates.insert(QStringLiteral("updatedRows"), int(input.size()));
        updates.insert(QStringLiteral("updatedColumns"), width);
        updates.insert(QStringLiteral("updatedCells"), cells);
        if (query.queryItemValue(QStringLiteral("includeValuesInResponse")) == QLatin1String("true"))
            updates.insert(QStringLiteral("updatedData"), QJsonObject{{QStringLiteral("range"), updatedRange},
                                                                      {QStringLiteral("majorDimension"), QStringLiteral("ROWS")},
                                                                      {QStringLiteral("values"), written}});
    }
    QJsonObject response{{QStringLiteral("spreadsheetId"), spreadsheet.id}, {QStringLiteral("updates"), updates}};
    if (tableStart >= 0)
        response.insert(QStringLiteral("tableRange"), QStringLiteral("%1!%2%3:%4%5")
                                                          .arg(quotedTitle(sheet.title), columnName(tableFirstColumn))
                                                          .arg(tableStart + 1)
                                                          .arg(columnName(tableLastColumn))
                                                          .arg(tableEnd + 1));
    return net::HttpResponse::json(response);
}

} // namespace sb::sandbox
