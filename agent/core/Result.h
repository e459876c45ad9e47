#pragma once

#include <QMetaType>
#include <QString>

#include <expected>

namespace sb {

// An error the UI can show as it is: `code` is stable and machine-readable (used by tests, the API and the CLI),
// `message` is a complete sentence for a person.
struct Error
{
    QString code;
    QString message;

    [[nodiscard]] bool operator==(const Error&) const = default;
};

template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(QString code, QString message)
{
    return std::unexpected<Error>(Error{std::move(code), std::move(message)});
}

} // namespace sb

Q_DECLARE_METATYPE(sb::Error)
