#pragma once

#include "net/HttpMessage.h"

#include <QString>

// Google's error envelope, shared by the GoogleApi*.cpp files. Google's older ("Apiary") APIs, Gmail and Calendar,
// list the error in "errors"; the newer ones, Sheets and People, carry a "status" instead; Calendar has no "status".
namespace sb::sandbox::google {

enum class Style { Gmail, Calendar, OnePlatform };

[[nodiscard]] net::HttpResponse error(int code, const QString& message, Style style, const QString& reason = {},
                                      const QString& location = {});
[[nodiscard]] net::HttpResponse unauthenticated();

} // namespace sb::sandbox::google
