#include "secrets/EncryptedVault.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <memory>
#include <optional>

namespace sb {

namespace {

constexpr char Magic[8] = {'S', 'B', 'V', 'A', 'U', 'L', 'T', '\0'};
constexpr quint16 FormatVersion = 1;
constexpr int SaltSize = 16;
constexpr int NonceSize = 12;
constexpr int VerifierSize = 32;
constexpr int ChecksumSize = 32;
constexpr int TagSize = 16;
constexpr int KeySize = 32;
// magic | version | log2N r p reserved | salt | nonce | verifier | checksum
constexpr int OffVersion = 8;
constexpr int OffKdf = 10;
constexpr int OffSalt = 14;
constexpr int OffNonce = OffSalt + SaltSize;
constexpr int OffVerifier = OffNonce + NonceSize;
constexpr int OffChecksum = OffVerifier + VerifierSize;
constexpr int HeaderSize = OffChecksum + ChecksumSize;
constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
const QByteArray VerifierLabel = QByteArrayLiteral("switchboard-vault-passphrase-check-v1");

// Wipes a buffer when it goes out of scope: keys, passphrases and plaintext never linger in freed memory.
struct Wiper
{
    QByteArray& bytes;
    ~Wiper()
    {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
};

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

auto corrupt(const QString& path, const QString& why)
{
    return fail(secret_errors::VaultCorrupt,
                QStringLiteral("The vault file %1 is damaged or not a vault (%2). Restore it from a backup.")
                    .arg(QDir::toNativeSeparators(path), why));
}

auto cryptoFailure(const char* step)
{
    return fail(secret_errors::Failed, QStringLiteral("The vault could not be processed (%1 failed in OpenSSL).")
                                           .arg(QString::fromLatin1(step)));
}

QByteArray sha256(const QByteArray& data)
{
    QByteArray out(32, '\0');
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()), &length,
                   EVP_sha256(), nullptr) != 1)
        return {};
    return out;
}

QByteArray randomBytes(int size)
{
    QByteArray out(size, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), size) != 1)
        return {};
    return out;
}

bool kdfParamsSane(const EncryptedVault::KdfParams& kdf)
{
    // Bounds keep a crafted header from asking for gigabytes of memory.
    return kdf.log2N >= 10 && kdf.log2N <= 20 && kdf.r >= 1 && kdf.r <= 16 && kdf.p >= 1 && kdf.p <= 4;
}

// scrypt → 64 bytes: the AES-256 key, then the key of the passphrase verifier.
Result<QByteArray> deriveKeys(const QString& passphrase, const QByteArray& salt, const EncryptedVault::KdfParams& kdf)
{
    QByteArray secret = passphrase.toUtf8();
    Wiper wipeSecret{secret};
    QByteArray keys(2 * KeySize, '\0');
    const quint64 n = quint64(1) << kdf.log2N;
    const quint64 maxMemory = 128ull * kdf.r * (n + 2) + 128ull * kdf.r * kdf.p + 4096;
    if (EVP_PBE_scrypt(secret.constData(), size_t(secret.size()),
                       reinterpret_cast<const unsigned char*>(salt.constData()), size_t(salt.size()), n, kdf.r, kdf.p,
                       maxMemory, reinterpret_cast<unsigned char*>(keys.data()), size_t(keys.size()))
        != 1) {
        wipe(keys);
        return cryptoFailure("scrypt");
    }
    return keys;
}

QByteArray verifierFor(const QByteArray& macKey)
{
    QByteArray out(VerifierSize, '\0');
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), macKey.constData(), macKey.size(),
              reinterpret_cast<const unsigned char*>(VerifierLabel.constData()), size_t(VerifierLabel.size()),
              reinterpret_cast<unsigned char*>(out.data()), &length))
        return {};
    return out;
}

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

// Returns ciphertext || tag.
Result<QByteArray> seal(const QByteArray& key, const QByteArray& nonce, const QByteArray& aad,
                        const QByteArray& plaintext)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const auto u = [](const QByteArray& b) { return reinterpret_cast<const unsigned char*>(b.constData()); };
    QByteArray out(plaintext.size() + TagSize, '\0');
    auto* outData = reinterpret_cast<unsigned char*>(out.data());
    int length = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u(key), u(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &length, u(aad), aad.size()) != 1
        || EVP_EncryptUpdate(ctx.get(), outData, &length, u(plaintext), plaintext.size()) != 1)
        return cryptoFailure("encryption");
    total = length;
    if (EVP_EncryptFinal_ex(ctx.get(), outData + total, &length) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, outData + plaintext.size()) != 1)
        return cryptoFailure("encryption");
    return out;
}

// Returns the plaintext, or an empty optional when the tag does not verify.
std::optional<QByteArray> unseal(const QByteArray& key, const QByteArray& nonce, const QByteArray& aad,
                               const QByteArray& sealed)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const auto u = [](const QByteArray& b) { return reinterpret_cast<const unsigned char*>(b.constData()); };
    const qsizetype cipherSize = sealed.size() - TagSize;
    QByteArray out(cipherSize, '\0');
    QByteArray tag = sealed.right(TagSize);
    int length = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u(key), u(nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &length, u(aad), aad.size()) != 1
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &length, u(sealed),
                             int(cipherSize))
               != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + length, &length) != 1) {
        wipe(out);
        return std::nullopt;
    }
    return out;
}

QString vaultKey(const SecretKey& key)
{
    return QStringLiteral("%1/%2/%3").arg(key.kind, key.id, key.field);
}

} // namespace

EncryptedVault::EncryptedVault(QObject* parent)
    : SecretStore(parent)
{
}

EncryptedVault::~EncryptedVault()
{
    drainAnswers(); // keep the "answers exactly once" promise for calls still queued
    close();
}

Status EncryptedVault::open(const QString& path, const QString& passphrase, KdfParams kdf)
{
    close();
    if (passphrase.isEmpty())
        return fail(secret_errors::VaultPassphrase, QStringLiteral("The vault passphrase must not be empty."));

    QFile file(path);
    if (!file.exists()) {
        if (!kdfParamsSane(kdf))
            return fail(secret_errors::Failed, QStringLiteral("The vault key derivation settings are out of range."));
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail(secret_errors::Failed, QStringLiteral("The folder for the vault %1 could not be created.")
                                                   .arg(QDir::toNativeSeparators(path)));
        const QByteArray salt = randomBytes(SaltSize);
        if (salt.isEmpty())
            return cryptoFailure("random salt");
        auto keys = deriveKeys(passphrase, salt, kdf);
        if (!keys)
            return std::unexpected(keys.error());
        Wiper wipeKeys{*keys};
        m_path = path;
        m_kdf = kdf;
        m_salt = salt;
        m_encryptionKey = keys->left(KeySize);
        QByteArray macKey = keys->mid(KeySize);
        Wiper wipeMac{macKey};
        m_verifier = verifierFor(macKey);
        if (Status saved = save({}); !saved) {
            close();
            return saved;
        }
        m_open = true;
        qCInfo(lcSecrets) << "created encrypted vault" << path;
        return {};
    }

    if (!file.open(QIODevice::ReadOnly))
        return fail(secret_errors::Failed, QStringLiteral("The vault file %1 could not be read: %2.")
                                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > MaxFileSize)
        return corrupt(path, QStringLiteral("it is larger than any vault"));
    const QByteArray bytes = file.readAll();
    file.close();

    if (bytes.size() < HeaderSize + TagSize)
        return corrupt(path, QStringLiteral("it is too short"));
    if (!bytes.startsWith(QByteArray::fromRawData(Magic, sizeof(Magic))))
        return corrupt(path, QStringLiteral("it does not start with the vault signature"));
    const quint16 version = qFromBigEndian<quint16>(bytes.constData() + OffVersion);
    if (version != FormatVersion)
        return corrupt(path, QStringLiteral("format version %1 is unknown; this build reads version %2")
                                 .arg(version)
                                 .arg(FormatVersion));
    const QByteArray header = bytes.left(HeaderSize);
    if (sha256(header.left(OffChecksum)) != header.mid(OffChecksum, ChecksumSize))
        return corrupt(path, QStringLiteral("its header checksum does not match"));
    const KdfParams fileKdf{quint8(header[OffKdf]), quint8(header[OffKdf + 1]), quint8(header[OffKdf + 2])};
    if (!kdfParamsSane(fileKdf))
        return corrupt(path, QStringLiteral("its key derivation settings are out of range"));

    const QByteArray salt = header.mid(OffSalt, SaltSize);
    auto keys = deriveKeys(passphrase, salt, fileKdf);
    if (!keys)
        return std::unexpected(keys.error());
    Wiper wipeKeys{*keys};
    QByteArray encryptionKey = keys->left(KeySize);
    QByteArray macKey = keys->mid(KeySize);
    Wiper wipeMac{macKey};
    const QByteArray verifier = verifierFor(macKey);
    const QByteArray stored = header.mid(OffVerifier, VerifierSize);
    if (verifier.size() != VerifierSize || CRYPTO_memcmp(verifier.constData(), stored.constData(), VerifierSize) != 0) {
        wipe(encryptionKey);
        return fail(secret_errors::VaultPassphrase, QStringLiteral("The vault passphrase is wrong."));
    }

    auto plaintext = unseal(encryptionKey, header.mid(OffNonce, NonceSize), header, bytes.mid(HeaderSize));
    if (!plaintext) {
        wipe(encryptionKey);
        return corrupt(path, QStringLiteral("the passphrase is right but the encrypted contents fail the integrity "
                                            "check, so the file was modified or damaged"));
    }
    Wiper wipePlaintext{*plaintext};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(*plaintext, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        wipe(encryptionKey);
        return corrupt(path, QStringLiteral("its decrypted contents are not a secrets map"));
    }
    QHash<QString, QString> secrets;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        secrets.insert(it.key(), it.value().toString());

    m_path = path;
    m_kdf = fileKdf;
    m_salt = salt;
    m_encryptionKey = encryptionKey;
    wipe(encryptionKey);
    m_verifier = verifier;
    m_secrets = std::move(secrets);
    m_open = true;
    qCInfo(lcSecrets) << "opened encrypted vault" << path << "with" << m_secrets.size() << "secrets";
    return {};
}

void EncryptedVault::close()
{
    wipe(m_encryptionKey);
    wipe(m_verifier);
    m_salt.clear();
    // QString offers no wipe; overwrite our copies in place before dropping them (shared copies elsewhere survive).
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it) {
        if (it->isDetached() && !it->isEmpty())
            OPENSSL_cleanse(it->data(), size_t(it->size()) * sizeof(QChar));
    }
    m_secrets.clear();
    m_open = false;
}

void EncryptedVault::read(const SecretKey& key, ReadCallback done)
{
    Result<QString> result;
    if (!m_open)
        result = std::unexpected(notOpenError());
    else if (auto it = m_secrets.constFind(vaultKey(key)); it != m_secrets.cend())
        result = *it;
    else
        result = fail(secret_errors::NotFound,
                      QStringLiteral("No secret is stored in the vault for %1.").arg(vaultKey(key)));
    answerLater([done = std::move(done), result = std::move(result)] { done(result); });
}

void EncryptedVault::write(const SecretKey& key, const QString& value, DoneCallback done)
{
    Status status;
    if (!m_open) {
        status = std::unexpected(notOpenError());
    } else {
        QHash<QString, QString> next = m_secrets;
        next.insert(vaultKey(key), value);
        status = save(next);
        if (status)
            m_secrets = std::move(next);
    }
    answerLater([done = std::move(done), status = std::move(status)] { done(status); });
}

void EncryptedVault::remove(const SecretKey& key, DoneCallback done)
{
    Status status;
    if (!m_open) {
        status = std::unexpected(notOpenError());
    } else if (m_secrets.contains(vaultKey(key))) {
        QHash<QString, QString> next = m_secrets;
        next.remove(vaultKey(key));
        status = save(next);
        if (status)
            m_secrets = std::move(next);
    }
    answerLater([done = std::move(done), status = std::move(status)] { done(status); });
}

QString EncryptedVault::backendName() const
{
    return m_path.isEmpty() ? QStringLiteral("Encrypted vault")
                            : QStringLiteral("Encrypted vault (%1)").arg(QDir::toNativeSeparators(m_path));
}

Status EncryptedVault::save(const QHash<QString, QString>& secrets)
{
    const QByteArray nonce = randomBytes(NonceSize);
    if (nonce.isEmpty())
        return cryptoFailure("random nonce");

    QByteArray header;
    header.reserve(HeaderSize);
    header.append(Magic, sizeof(Magic));
    char version[2];
    qToBigEndian<quint16>(FormatVersion, version);
    header.append(version, 2);
    header.append(char(m_kdf.log2N)).append(char(m_kdf.r)).append(char(m_kdf.p)).append('\0');
    header.append(m_salt).append(nonce).append(m_verifier);
    header.append(sha256(header));
    Q_ASSERT(header.size() == HeaderSize);

    QJsonObject object;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        object.insert(it.key(), *it);
    QByteArray plaintext = QJsonDocument(object).toJson(QJsonDocument::Compact);
    Wiper wipePlaintext{plaintext};
    auto sealed = seal(m_encryptionKey, nonce, header, plaintext);
    if (!sealed)
        return std::unexpected(sealed.error());

    QSaveFile file(m_path);
    const auto ioError = [this](const QString& reason) {
        return fail(secret_errors::Failed,
                    QStringLiteral("The vault file %1 could not be written: %2.").arg(QDir::toNativeSeparators(m_path),
                                                                                     reason));
    };
    if (!file.open(QIODevice::WriteOnly))
        return ioError(file.errorString());
    // Applies to the temporary file, which then replaces the vault: the vault is never readable by others.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return ioError(QStringLiteral("its permissions could not be set to owner-only"));
    if (file.write(header) != header.size() || file.write(*sealed) != sealed->size())
        return ioError(file.errorString());
    if (!file.commit())
        return ioError(file.errorString());
    return {};
}

Error EncryptedVault::notOpenError() const
{
    return Error{secret_errors::Locked,
                 QStringLiteral("The encrypted vault is not open. Enter its passphrase to unlock it.")};
}

void EncryptedVault::answerLater(std::function<void()> answer)
{
    m_answers.push_back(std::move(answer));
    if (m_drainScheduled)
        return;
    m_drainScheduled = true;
    QMetaObject::invokeMethod(this, &EncryptedVault::drainAnswers, Qt::QueuedConnection);
}

void EncryptedVault::drainAnswers()
{
    m_drainScheduled = false;
    // A callback may call us again; it then schedules a new drain for its own answers.
    auto answers = std::exchange(m_answers, {});
    for (auto& answer : answers)
        answer();
}

} // namespace sb
