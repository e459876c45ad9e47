#include "sandbox/providers/StripeForm.h"

#include <QJsonArray>

#include <map>
#include <memory>

namespace sb::sandbox {

namespace {

// A key's path: "items[0][price]" -> {"items", "0", "price"}; "expand[]" -> {"expand", ""}. Empty when malformed.
QStringList keyPath(const QString& key)
{
    const qsizetype open = key.indexOf(QLatin1Char('['));
    if (open < 0)
        return {key};
    QStringList parts{key.left(open)};
    qsizetype pos = open;
    while (pos < key.size()) {
        if (key[pos] != QLatin1Char('['))
            return {};
        const qsizetype close = key.indexOf(QLatin1Char(']'), pos);
        if (close < 0)
            return {};
        parts.append(key.mid(pos + 1, close - pos - 1));
        pos = close + 1;
    }
    return parts.first().isEmpty() ? QStringList() : parts;
}

struct Node
{
    bool leaf = false;
    QString value;
    std::map<QString, std::unique_ptr<Node>> children;
    std::vector<QString> order; // object keys keep the order they were sent in
    int appended = 0;           // "[]" entries
};

bool isIndex(const QString& key, qulonglong* index)
{
    bool ok = false;
    *index = key.toULongLong(&ok);
    return ok && !key.startsWith(QLatin1Char('+'));
}

QJsonValue toJson(const Node& node)
{
    if (node.leaf)
        return node.value;
    bool allIndices = !node.children.empty();
    std::map<qulonglong, const Node*> indexed;
    for (const auto& [key, child] : node.children) {
        qulonglong index = 0;
        if (!isIndex(key, &index)) {
            allIndices = false;
            break;
        }
        indexed[index] = child.get();
    }
    if (allIndices) {
        // Stripe reads indexed arrays in index order and closes gaps.
        QJsonArray array;
        for (const auto& [index, child] : indexed)
            array.append(toJson(*child));
        return array;
    }
    QJsonObject object;
    for (const QString& key : node.order)
        object.insert(key, toJson(*node.children.at(key)));
    return object;
}

} // namespace

StripeForm::Result StripeForm::decode(const QList<QPair<QString, QString>>& items)
{
    Result result;
    Node root;
    for (const auto& [key, value] : items) {
        const QStringList path = keyPath(key);
        if (path.isEmpty()) {
            result.error = QStringLiteral("Invalid parameter name: %1").arg(key);
            result.errorParam = key;
            return result;
        }
        Node* node = &root;
        for (qsizetype i = 0; i < path.size(); ++i) {
            if (node->leaf) {
                result.error = QStringLiteral("Invalid hash: %1").arg(path.first());
                result.errorParam = path.first();
                return result;
            }
            QString part = path[i];
            if (part.isEmpty() && i > 0)
                part = QString::number(node->appended++);
            auto it = node->children.find(part);
            if (it == node->children.end()) {
                it = node->children.emplace(part, std::make_unique<Node>()).first;
                node->order.push_back(part);
            }
            node = it->second.get();
        }
        if (!node->children.empty()) {
            result.error = QStringLiteral("Invalid hash: %1").arg(path.first());
            result.errorParam = path.first();
            return result;
        }
        node->leaf = true;
        node->value = value;
    }
    for (const QString& key : root.order)
        result.params.insert(key, toJson(*root.children.at(key)));
    return result;
}

} // namespace sb::sandbox
