#pragma once

#include <QStringList>
#include <QWidget>

class QIcon;
class QVBoxLayout;

namespace sb::ui {

// A page whose feature is not built yet: it says what the page will do, so the console is honest about its state.
// Subclasses add what they can already show below (contentLayout()).
class ComingPage : public QWidget
{
    Q_OBJECT
public:
    ComingPage(const QIcon& icon, const QString& title, const QString& summary, const QStringList& plans,
               QWidget* parent = nullptr);

protected:
    [[nodiscard]] QVBoxLayout* contentLayout() const { return m_content; }

private:
    QVBoxLayout* m_content = nullptr;
};

} // namespace sb::ui
