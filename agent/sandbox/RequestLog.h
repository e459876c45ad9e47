#pragma once

#include "net/HttpMessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace sb::sandbox {

// Every request the provider listeners received, with secrets masked before they are stored, for
// GET /_sandbox/requests. Bounded: the oldest entries go first.
class RequestLog
{
public:
    static constexpr int kCapacity = 2000;

    // Returns the entry's sequence number, for setStatus once the response is known.
    qint64 record(const QString& provider, const net::HttpRequest& request);
    void setStatus(qint64 sequence, int status);
    [[nodiscard]] QJsonArray toJson(const QString& provider = {}) const;
    void clear();

    // Exposed for tests: what the log stores for a request.
    [[nodiscard]] static QJsonObject mask(const net::HttpRequest& request);

private:
    qint64 m_nextSequence = 1;
    QList<QJsonObject> m_entries;
};

} // namespace sb::sandbox
