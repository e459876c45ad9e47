#pragma once

namespace sb {

// Makes SIGINT and SIGTERM end the event loop normally, so the agent removes agent.json and closes its listeners.
// (Self-pipe: the only safe thing a signal handler may do is write a byte.)
void quitOnTerminationSignals();

} // namespace sb
