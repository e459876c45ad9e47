#pragma once

#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace sb {

// scrypt cost; the defaults take about 0.1 s and 32 MiB.
struct VaultKdfParams
{
    quint8 log2N = 15;
    quint8 r = 8;
    quint8 p = 1;
};

// Opt-in secret store for machines without a keychain: one file, encrypted with AES-256-GCM under a key derived from
// a passphrase with scrypt. File layout (format version 1, all integers big-endian):
//
//   magic "SBVAULT\0" | u16 version | u8 log2(N) | u8 r | u8 p | u8 reserved | salt[16] | nonce[12]
//   | verifier[32] | header checksum[32] | ciphertext | GCM tag[16]
//
// verifier = HMAC-SHA256(mac key, label), where scrypt yields the AES key and the mac key; it tells a wrong passphrase
// from a modified file. checksum = SHA-256 of the preceding header bytes catches a damaged header before any key
// work. The whole header is the GCM additional data, so no header byte can change undetected. The plaintext is a
// JSON object mapping SecretKey paths (without install id) to values. Each write or remove re-encrypts with a fresh
// nonce and replaces the file atomically (QSaveFile, mode 0600).
class EncryptedVault : public SecretStore
{
    Q_OBJECT
public:
    using KdfParams = VaultKdfParams;

    explicit EncryptedVault(QObject* parent = nullptr);
    ~EncryptedVault() override;

    // Unlocks the vault at `path`, or creates it there (and its folder) if no file exists. Synchronous: scrypt takes
    // a fraction of a second. Errors: VaultPassphrase, VaultCorrupt, Failed (I/O).
    [[nodiscard]] Status open(const QString& path, const QString& passphrase, KdfParams kdf = {});
    // Forgets the key and the decrypted secrets. Later calls answer Locked until open() succeeds again.
    void close();
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString path() const { return m_path; }

    // Callbacks are always called later from the event loop (or from the destructor), never from inside the call.
    void read(const SecretKey& key, ReadCallback done) override;
    void write(const SecretKey& key, const QString& value, DoneCallback done) override;
    // Removing a secret that does not exist succeeds.
    void remove(const SecretKey& key, DoneCallback done) override;

    [[nodiscard]] QString backendName() const override;

private:
    [[nodiscard]] Status save(const QHash<QString, QString>& secrets);
    [[nodiscard]] Error notOpenError() const;
    void answerLater(std::function<void()> answer);
    void drainAnswers();

    bool m_open = false;
    QString m_path;
    KdfParams m_kdf;
    QByteArray m_salt;
    QByteArray m_encryptionKey; // 32 bytes, wiped on close
    QByteArray m_verifier;      // 32 bytes
    QHash<QString, QString> m_secrets;
    std::vector<std::function<void()>> m_answers;
    bool m_drainScheduled = false;
};

} // namespace sb
