#include "secrets/EncryptedVault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace sb;

namespace {

// Offsets from the documented format (EncryptedVault.h): the header is 106 bytes, then ciphertext, then a 16-byte tag.
constexpr int HeaderSize = 106;
constexpr int OffSalt = 14;

const QString Passphrase = QStringLiteral("correct horse battery staple");
// A cheaper scrypt cost (the file records it) keeps the other tests fast.
const EncryptedVault::KdfParams FastKdf{12, 8, 1};
const SecretKey TokenKey{QStringLiteral("connection"), QStringLiteral("7"), QStringLiteral("refresh_token")};
const SecretKey ApiKey{QStringLiteral("admin"), QStringLiteral("api"), QStringLiteral("token")};

// Waits (event loop, bounded) for one async answer and checks it came exactly once and not synchronously.
template <typename T>
struct Answer
{
    std::optional<T> value;
    int calls = 0;
    auto callback()
    {
        return [this](T result) {
            ++calls;
            value = std::move(result);
        };
    }
    bool wait() { return QTest::qWaitFor([this] { return value.has_value(); }, 5000); }
};

Result<QString> readNow(EncryptedVault& vault, const SecretKey& key)
{
    Answer<Result<QString>> answer;
    vault.read(key, answer.callback());
    if (answer.calls != 0 || !answer.wait() || answer.calls != 1)
        return fail(QStringLiteral("test"), QStringLiteral("no single asynchronous answer"));
    return *answer.value;
}

Status writeNow(EncryptedVault& vault, const SecretKey& key, const QString& value)
{
    Answer<Status> answer;
    vault.write(key, value, answer.callback());
    if (answer.calls != 0 || !answer.wait() || answer.calls != 1)
        return fail(QStringLiteral("test"), QStringLiteral("no single asynchronous answer"));
    return *answer.value;
}

Status removeNow(EncryptedVault& vault, const SecretKey& key)
{
    Answer<Status> answer;
    vault.remove(key, answer.callback());
    if (answer.calls != 0 || !answer.wait() || answer.calls != 1)
        return fail(QStringLiteral("test"), QStringLiteral("no single asynchronous answer"));
    return *answer.value;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TstEncryptedVault : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("vault/secrets.vault"));
    }

    void roundTripAcrossReopen()
    {
        {
            EncryptedVault vault;
            QVERIFY(!vault.isOpen());
            QVERIFY(vault.open(m_path, Passphrase).has_value()); // the production cost, once
            QVERIFY(vault.isOpen());
            QVERIFY(QFile::exists(m_path));
            QVERIFY(vault.backendName().contains(QStringLiteral("Encrypted vault")));
            QVERIFY(writeNow(vault, TokenKey, QStringLiteral("rt-1 ünïcødé ✓")).has_value());
            QVERIFY(writeNow(vault, ApiKey, QStringLiteral("api-secret")).has_value());
            QVERIFY(writeNow(vault, TokenKey, QStringLiteral("rt-2 ünïcødé ✓")).has_value()); // overwrite
            QCOMPARE(readNow(vault, TokenKey).value_or(QString()), QStringLiteral("rt-2 ünïcødé ✓"));
        }
        EncryptedVault reopened;
        QVERIFY(reopened.open(m_path, Passphrase, FastKdf).has_value());
        QCOMPARE(readNow(reopened, TokenKey).value_or(QString()), QStringLiteral("rt-2 ünïcødé ✓"));
        QCOMPARE(readNow(reopened, ApiKey).value_or(QString()), QStringLiteral("api-secret"));

        QVERIFY(removeNow(reopened, ApiKey).has_value());
        QVERIFY(removeNow(reopened, ApiKey).has_value()); // removing a missing secret succeeds
        EncryptedVault third;
        QVERIFY(third.open(m_path, Passphrase, FastKdf).has_value());
        const auto missing = readNow(third, ApiKey);
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, secret_errors::NotFound);
        QCOMPARE(readNow(third, TokenKey).value_or(QString()), QStringLiteral("rt-2 ünïcødé ✓"));
    }

    void wrongPassphrase()
    {
        {
            EncryptedVault vault;
            QVERIFY(vault.open(m_path, Passphrase, FastKdf).has_value());
            QVERIFY(writeNow(vault, TokenKey, QStringLiteral("value")).has_value());
        }
        const QByteArray before = fileBytes(m_path);
        EncryptedVault vault;
        const Status opened = vault.open(m_path, QStringLiteral("not the passphrase"));
        QVERIFY(!opened.has_value());
        QCOMPARE(opened.error().code, secret_errors::VaultPassphrase);
        QCOMPARE(opened.error().message, QStringLiteral("The vault passphrase is wrong."));
        QVERIFY(!vault.isOpen());
        QCOMPARE(fileBytes(m_path), before); // a failed unlock never rewrites the file

        // A vault that is not open answers every call, with Locked.
        const auto read = readNow(vault, TokenKey);
        QVERIFY(!read.has_value());
        QCOMPARE(read.error().code, secret_errors::Locked);
        const Status written = writeNow(vault, TokenKey, QStringLiteral("x"));
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code, secret_errors::Locked);

        QVERIFY(vault.open(m_path, Passphrase, FastKdf).has_value());
        QCOMPARE(readNow(vault, TokenKey).value_or(QString()), QStringLiteral("value"));
    }

    void closeForgetsSecrets()
    {
        EncryptedVault vault;
        QVERIFY(vault.open(m_path, Passphrase, FastKdf).has_value());
        QVERIFY(writeNow(vault, TokenKey, QStringLiteral("value")).has_value());
        vault.close();
        QVERIFY(!vault.isOpen());
        const auto read = readNow(vault, TokenKey);
        QVERIFY(!read.has_value());
        QCOMPARE(read.error().code, secret_errors::Locked);
    }

    void tamperedByte_data()
    {
        QTest::addColumn<int>("offset"); // negative: from the end
        QTest::addColumn<QString>("expectedCode");
        QTest::addColumn<QString>("expectedWording");

        const QString damaged = QStringLiteral("damaged or not a vault");
        QTest::newRow("magic") << 0 << secret_errors::VaultCorrupt << QStringLiteral("signature");
        QTest::newRow("version") << 9 << secret_errors::VaultCorrupt << QStringLiteral("format version");
        QTest::newRow("kdf cost") << 10 << secret_errors::VaultCorrupt << QStringLiteral("checksum");
        QTest::newRow("salt") << OffSalt + 3 << secret_errors::VaultCorrupt << QStringLiteral("checksum");
        QTest::newRow("nonce") << 31 << secret_errors::VaultCorrupt << QStringLiteral("checksum");
        QTest::newRow("verifier") << 50 << secret_errors::VaultCorrupt << QStringLiteral("checksum");
        QTest::newRow("checksum") << 100 << secret_errors::VaultCorrupt << QStringLiteral("checksum");
        QTest::newRow("ciphertext first") << HeaderSize << secret_errors::VaultCorrupt
                                          << QStringLiteral("modified or damaged");
        QTest::newRow("ciphertext middle") << HeaderSize + 9 << secret_errors::VaultCorrupt
                                           << QStringLiteral("modified or damaged");
        QTest::newRow("tag last") << -1 << secret_errors::VaultCorrupt << QStringLiteral("modified or damaged");
    }

    void tamperedByte()
    {
        QFETCH(int, offset);
        QFETCH(QString, expectedCode);
        QFETCH(QString, expectedWording);
        {
            EncryptedVault vault;
            QVERIFY(vault.open(m_path, Passphrase, FastKdf).has_value());
            QVERIFY(writeNow(vault, TokenKey, QStringLiteral("some refresh token")).has_value());
        }
        QByteArray bytes = fileBytes(m_path);
        QVERIFY(bytes.size() > HeaderSize + 16);
        const qsizetype at = offset >= 0 ? offset : bytes.size() + offset;
        bytes[at] = char(bytes[at] ^ 0x01);
        QVERIFY(writeBytes(m_path, bytes));

        EncryptedVault vault;
        const Status opened = vault.open(m_path, Passphrase, FastKdf);
        QVERIFY(!opened.has_value());
        QCOMPARE(opened.error().code, expectedCode);
        QVERIFY2(opened.error().message.contains(expectedWording), qPrintable(opened.error().message));
        QVERIFY(!vault.isOpen());
    }

    // Someone who rewrites the header checksum too (after changing the salt) cannot be told from a wrong passphrase.
    void tamperedHeaderWithFixedChecksum()
    {
        {
            EncryptedVault vault;
            QVERIFY(vault.open(m_path, Passphrase, FastKdf).has_value());
        }
        QByteArray bytes = fileBytes(m_path);
        bytes[OffSalt] = char(bytes[OffSalt] ^ 0x80);
        const QByteArray digest = QCryptographicHash::hash(bytes.left(HeaderSize - 32), QCryptographicHash::Sha256);
        bytes.replace(HeaderSize - 32, 32, digest);
        QVERIFY(writeBytes(m_path, bytes));
        EncryptedVault vault;
        const Status opened = vault.open(m_path, Passphrase, FastKdf);
        QVERIFY(!opened.has_value());
        QCOMPARE(opened.error().code, secret_errors::VaultPassphrase);
    }

    void truncatedAndForeignFiles()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        for (const QByteArray& content : {QByteArray(), QByteArray("SBVAULT"), QByteArray(200, 'x'),
                                          QByteArray("{\"connection/7/refresh_token\":\"plain\"}")}) {
            QVERIFY(writeBytes(m_path, content));
            EncryptedVault vault;
            const Status opened = vault.open(m_path, Passphrase, FastKdf);
            QVERIFY(!opened.has_value());
            QCOMPARE(opened.error().code, secret_errors::VaultCorrupt);
        }
    }

    void fileIsOwnerOnly()
    {
        EncryptedVault vault;
        QVERIFY(vault.open(m_path, Passphrase, FastKdf).has_value());
        struct stat info{};
        QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QVERIFY(writeNow(vault, TokenKey, QStringLiteral("v")).has_value()); // rewritten file keeps the mode
        QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }

    void plaintextNeverOnDisk()
    {
        const QString secret = QStringLiteral("sk_live_PLAINTEXT_CANARY_51Hx");
        EncryptedVault vault;
        QVERIFY(vault.open(m_path, Passphrase, FastKdf).has_value());
        QVERIFY(writeNow(vault, TokenKey, secret).has_value());
        const QByteArray bytes = fileBytes(m_path);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2)));
        QVERIFY(!bytes.contains("PLAINTEXT_CANARY"));
        QVERIFY(!bytes.contains("refresh_token")); // key names are encrypted too
        QVERIFY(!bytes.contains(Passphrase.toUtf8()));
        // No stray temporary file with the plaintext next to the vault.
        const QStringList entries = QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(entries, QStringList{QStringLiteral("secrets.vault")});
    }

    // Each write uses a fresh nonce: two saves of the same content differ.
    void freshNonceEachWrite()
    {
        EncryptedVault vault;
        QVERIFY(vault.open(m_path, Passphrase, FastKdf).has_value());
        QVERIFY(writeNow(vault, TokenKey, QStringLiteral("same")).has_value());
        const QByteArray first = fileBytes(m_path);
        QVERIFY(writeNow(vault, TokenKey, QStringLiteral("same")).has_value());
        const QByteArray second = fileBytes(m_path);
        QCOMPARE(first.size(), second.size());
        QVERIFY(first != second);
        QCOMPARE(first.left(30), second.left(30)); // same magic, version, cost and salt
    }

    void callbacksAnsweredWhenDestroyed()
    {
        int calls = 0;
        {
            EncryptedVault vault;
            QVERIFY(vault.open(m_path, Passphrase, FastKdf).has_value());
            vault.read(TokenKey, [&calls](Result<QString>) { ++calls; });
            vault.write(TokenKey, QStringLiteral("v"), [&calls](Status) { ++calls; });
            QCOMPARE(calls, 0);
        }
        QCOMPARE(calls, 2);
    }

    void emptyPassphraseRefused()
    {
        EncryptedVault vault;
        const Status opened = vault.open(m_path, QString());
        QVERIFY(!opened.has_value());
        QCOMPARE(opened.error().code, secret_errors::VaultPassphrase);
        QVERIFY(!QFile::exists(m_path));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TstEncryptedVault)
#include "tst_encryptedvault.moc"
