#include "host/watchdog.h"

namespace yjs {

Watchdog::Watchdog(std::function<void()> on_expiry)
    : on_expiry_(std::move(on_expiry)), thread_([this] { run(); }) {}

Watchdog::~Watchdog() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_one();
    thread_.join();
}

void Watchdog::arm(std::chrono::milliseconds budget) {
    {
        std::lock_guard lock(mutex_);
        deadline_ = std::chrono::steady_clock::now() + budget;
    }
    changed_.notify_one();
}

void Watchdog::disarm() {
    {
        std::lock_guard lock(mutex_);
        deadline_.reset();
    }
    changed_.notify_one();
}

void Watchdog::run() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        if (!deadline_) {
            changed_.wait(lock);
        } else if (std::chrono::steady_clock::now() >= *deadline_) {
            // Under the lock: disarm() waits for it to finish.
            deadline_.reset();
            on_expiry_();
        } else {
            changed_.wait_until(lock, *deadline_);
        }
    }
}

} // namespace yjs
