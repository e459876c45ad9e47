#include "oauth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace sb {

QString randomUrlToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(data.begin(), data.end());
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

PkcePair PkcePair::generate()
{
    PkcePair pair;
    pair.verifier = randomUrlToken(32);
    pair.challenge = challengeFor(pair.verifier);
    return pair;
}

QString PkcePair::challengeFor(const QString& verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace sb
