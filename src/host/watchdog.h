#pragma once
// The thread behind RuntimeOptions::execution_budget_ms: armed with a deadline when a call starts running
// JavaScript, it calls `on_expiry` (from its own thread) if the deadline passes before disarm().
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace yjs {

class Watchdog {
public:
    explicit Watchdog(std::function<void()> on_expiry);
    ~Watchdog();
    Watchdog(const Watchdog&) = delete;
    Watchdog& operator=(const Watchdog&) = delete;

    void arm(std::chrono::milliseconds budget);
    // Once it returns, on_expiry is not running and will not run until the next arm().
    void disarm();

private:
    void run();

    std::function<void()> on_expiry_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::optional<std::chrono::steady_clock::time_point> deadline_; // guarded by mutex_
    bool stopping_ = false;                                         // guarded by mutex_
    std::thread thread_;
};

} // namespace yjs
