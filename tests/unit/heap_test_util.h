#pragma once
// Shared helpers for the heap unit tests: a test cell type and stack hygiene for conservative scanning.
#include "heap/heap.h"

#include <cstddef>
#include <cstdint>

namespace yjs::heap_test {

// A cell with one outgoing pointer, one Value edge, and a destructor counter.
class TestCell final : public Cell {
public:
    explicit TestCell(int* destroyed = nullptr, TestCell* next = nullptr) : next(next), destroyed_(destroyed) {}
    ~TestCell() override {
        if (destroyed_) ++*destroyed_;
    }
    const char* class_name() const override { return "TestCell"; }
    void visit_edges(Visitor& visitor) override {
        visitor.visit(next);
        visitor.visit(value);
    }
    unsigned char* extra() { return reinterpret_cast<unsigned char*>(this + 1); }

    TestCell* next = nullptr;
    Value value;

private:
    int* destroyed_;
};

// Stale stack words the tests cannot scrub (in frames of the test framework, left there by earlier tests
// whose heaps occupied the same addresses) may keep a few unreachable cells alive: the tolerance for
// counts of cells expected to be freed.
inline constexpr int kStaleSlack = 50;

// Overwrites the stack below the caller's frame, so that pointers left behind by returned helper calls
// cannot keep cells alive through conservative scanning. Uninstrumented, so that under ASan the frame has
// no unwritten redzones.
[[gnu::noinline, gnu::no_sanitize_address]] inline void clobber_stack() {
    volatile std::uintptr_t words[16384];
    for (auto& word : words) word = 0;
}

// Allocates `count` unreachable cells (optionally with `extra` trailing bytes), counting destructions.
[[gnu::noinline]] inline void allocate_garbage(Heap& heap, int* destroyed, std::size_t count, std::size_t extra = 0) {
    for (std::size_t i = 0; i < count; ++i) heap.allocate_with_extra<TestCell>(extra, destroyed);
}

// Collects after scrubbing stale stack words (inlined so that the scrubbing starts right below the caller).
[[gnu::always_inline]] inline void collect_with_clean_stack(Heap& heap) {
    clobber_stack();
    heap.collect_garbage();
}

} // namespace yjs::heap_test
