namespace sb::ui {}
