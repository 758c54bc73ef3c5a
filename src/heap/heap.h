#pragma once
// The garbage-collected heap: size-class allocation and a non-moving mark-sweep collector.
//
// Roots are found in three ways:
//  1. Precisely, from the VM (interpreter frames, realms, job queues, the atom table) via root callbacks.
//  2. Precisely, from `MarkedVector<T>` and `Root<T>` objects, which register themselves with the heap. Use
//     them whenever a Value or cell pointer lives in malloc'd memory that is not part of a cell (for example a
//     std::vector built inside a native function).
//  3. Conservatively, by scanning the native stack and saved registers: any word that looks like a pointer
//     to (or a NaN-boxed value holding) a live cell keeps that cell alive. So C++ locals and arguments holding
//     Values or cell pointers are safe across allocations without any handle discipline.
//
// A collection may run at any allocation unless a DeferGC scope is active.
//
// Cells are carved from 256 KiB blocks of one size class (see block.h); allocation bumps through runs of free
// cells. Dead cells are destroyed lazily, when allocation reuses their block (collect_garbage() destroys them
// at once), so a destructor may run long after its cell died, in any order: it must only release what the
// cell itself owns and never touch other cells.
#include "heap/block.h"
#include "heap/cell.h"
#include "heap/interrupts.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <new>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

namespace yjs {

class Heap;
class RootedContainer;

struct HeapStatistics {
    std::size_t live_bytes = 0; // cells in use (including those that died since the last collection) + external
    std::size_t live_cells = 0;
    std::size_t heap_limit_bytes = 0;
    std::size_t collections = 0;
    std::size_t committed_bytes = 0; // blocks and large cells in use, plus external memory
    std::size_t external_bytes = 0;  // see did_allocate_external()
};

class Heap {
public:
    using RootCallback = std::function<void(Visitor&)>;
    // Called after marking, before sweeping: lets weak tables drop entries whose cells are unmarked.
    using WeakCallback = std::function<void(Heap&)>;
    // Called during marking, once the mark stack has drained, and again after every round that marked
    // something new. A constraint visits cells that are reachable because of what has been marked so far
    // (ephemerons: a WeakMap visits the value of each entry whose key is_marked()).
    using MarkingConstraint = std::function<void(Visitor&)>;
    using CallbackId = std::size_t;

    explicit Heap(std::size_t heap_limit_bytes);
    ~Heap();
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    // Allocates and constructs a T (a Cell subclass). `extra_bytes` adds trailing storage for
    // variable-length cells (strings, environments). Never returns null: when the heap limit is exceeded
    // even after a collection, out_of_memory() becomes true and allocation proceeds from an emergency
    // reserve so the engine can raise a RangeError and unwind cleanly.
    // The memory is zeroed before construction, so a collection that runs while a constructor allocates
    // sees null fields, never stale ones.
    template <typename T, typename... Args> T* allocate(Args&&... args) {
        void* memory = allocate_raw(sizeof(T));
        std::memset(memory, 0, sizeof(T));
        return new (memory) T(std::forward<Args>(args)...);
    }
    template <typename T, typename... Args> T* allocate_with_extra(std::size_t extra_bytes, Args&&... args) {
        void* memory = allocate_raw(sizeof(T) + extra_bytes);
        std::memset(memory, 0, sizeof(T));
        zero_memory(static_cast<char*>(memory) + sizeof(T), extra_bytes);
        return new (memory) T(std::forward<Args>(args)...);
    }
    // allocate_with_extra() without zeroing the trailing bytes: only for cells whose visit_edges() never reads
    // them and whose creator fills them right away (string characters).
    template <typename T, typename... Args>
    T* allocate_with_uninitialized_extra(std::size_t extra_bytes, Args&&... args) {
        void* memory = allocate_raw(sizeof(T) + extra_bytes);
        std::memset(memory, 0, sizeof(T));
        return new (memory) T(std::forward<Args>(args)...);
    }

    // A full collection that also runs every dead cell's destructor before returning (automatic
    // collections leave that to allocation: blocks are swept lazily). Does nothing under DeferGC.
    void collect_garbage();

    // Whether the running (or last) collection marked `cell`: for weak callbacks and marking constraints.
    // Cells allocated since the last collection are unmarked.
    bool is_marked(const Cell* cell) const;
    // True if `address` points into a live cell's storage; sets `*cell` to its start.
    bool find_cell(std::uintptr_t address, Cell** cell) const;

    // The heap a cell was allocated from.
    static Heap& of(const Cell* cell) { return *HeapRegion::of(cell)->heap; }
    // The usable size of a cell: its size class, which may exceed what was requested.
    static std::size_t cell_size(const Cell* cell) {
        HeapRegion* region = HeapRegion::of(cell);
        if (region->kind == RegionKind::Block) return static_cast<HeapBlock*>(region)->cell_size;
        return static_cast<LargeRegion*>(region)->cell_bytes;
    }

    CallbackId add_root_callback(RootCallback callback);
    CallbackId add_weak_callback(WeakCallback callback);
    CallbackId add_marking_constraint(MarkingConstraint constraint);
    void remove_root_callback(CallbackId);
    void remove_weak_callback(CallbackId);
    void remove_marking_constraint(CallbackId);

    // Malloc'd memory owned by cells (flattened string buffers, element storage, ...): counted toward the
    // collection trigger and the heap limit. A cell reports what it allocates and, from its destructor,
    // what it frees (Heap::of(this).did_free_external(n)).
    void did_allocate_external(std::size_t bytes);
    void did_free_external(std::size_t bytes);

    // Out-of-memory protocol: set when an allocation exceeded the limit after a full collection.
    // It is an interrupt (Interrupts::kOutOfMemory): the VM checks it at safe points and throws a
    // RangeError; clear_out_of_memory() re-arms it.
    bool out_of_memory() const { return interrupts_.has(Interrupts::kOutOfMemory); }
    void clear_out_of_memory() { interrupts_.clear(Interrupts::kOutOfMemory); }
    // The pending safe-point requests of the VM that owns this heap (heap/interrupts.h).
    Interrupts& interrupts() { return interrupts_; }

    // Prints "yieldjs: fatal: JavaScript heap out of memory" and exits with status 3: for when even the
    // emergency reserve is exhausted or the system refuses memory (also for malloc failures in cells).
    [[noreturn]] static void fatal_out_of_memory();

    void set_heap_limit(std::size_t bytes) { heap_limit_bytes_ = bytes; }
    HeapStatistics statistics() const;

    // Registration used by MarkedVector / Root (see below).
    void register_rooted_container(RootedContainer*);
    void unregister_rooted_container(RootedContainer*);

private:
    friend class DeferGC;
    struct Impl;

    // The fast path: bump through the size class's current run of free cells.
    void* allocate_raw(std::size_t bytes) {
        if (bytes <= kMaxSmallCellBytes) [[likely]] {
            std::size_t size_class = size_class_for(bytes);
            AllocationRun& run = runs_[size_class];
            char* cell = run.cursor;
            if (cell != run.end) [[likely]] {
                run.cursor = cell + kSizeClassBytes[size_class];
                return cell;
            }
        }
        return allocate_slow(bytes);
    }
    void* allocate_slow(std::size_t bytes);
    // Out of line on purpose: a memset call beats the inline `rep stos` compilers emit for small sizes.
    static void zero_memory(void* memory, std::size_t bytes);

    AllocationRun runs_[kSizeClassCount];
    RootedContainer* rooted_containers_ = nullptr; // intrusive doubly linked list
    std::unique_ptr<Impl> impl_;
    std::size_t heap_limit_bytes_;
    int defer_gc_depth_ = 0;
    Interrupts interrupts_;
};

// Suppresses collection for its lifetime (allocation still works). Used where raw pointers to new
// cells sit in non-cell C++ structures for a short, bounded time, e.g. while the compiler builds a code block.
class DeferGC {
public:
    explicit DeferGC(Heap& heap) : heap_(heap) { ++heap_.defer_gc_depth_; }
    ~DeferGC() { --heap_.defer_gc_depth_; }
    DeferGC(const DeferGC&) = delete;
    DeferGC& operator=(const DeferGC&) = delete;

private:
    Heap& heap_;
};

// Base of GC-rooted containers: registers itself with the heap while alive; the collector calls
// visit_roots() on every live instance. Movable, not copyable.
class RootedContainer {
public:
    explicit RootedContainer(Heap& heap) : heap_(&heap) { heap_->register_rooted_container(this); }
    RootedContainer(RootedContainer&& other) noexcept : heap_(other.heap_) { heap_->register_rooted_container(this); }
    RootedContainer(const RootedContainer&) = delete;
    RootedContainer& operator=(const RootedContainer&) = delete;
    virtual ~RootedContainer() { heap_->unregister_rooted_container(this); }
    virtual void visit_roots(Visitor&) = 0;
    Heap& heap() const { return *heap_; }

private:
    friend class Heap;
    Heap* heap_;
    RootedContainer* previous_ = nullptr;
    RootedContainer* next_ = nullptr;
};

inline void Heap::register_rooted_container(RootedContainer* container) {
    container->previous_ = nullptr;
    container->next_ = rooted_containers_;
    if (rooted_containers_) rooted_containers_->previous_ = container;
    rooted_containers_ = container;
}

inline void Heap::unregister_rooted_container(RootedContainer* container) {
    if (container->previous_) container->previous_->next_ = container->next_;
    else rooted_containers_ = container->next_;
    if (container->next_) container->next_->previous_ = container->previous_;
}

// A growable vector of T that is a GC root while it exists (argument lists built in C++, key lists, ...).
// T is Value or a type with `void visit(Visitor&) const`.
template <typename T> class MarkedVector final : public RootedContainer {
public:
    explicit MarkedVector(Heap& heap) : RootedContainer(heap) {}
    MarkedVector(MarkedVector&&) noexcept = default;

    void visit_roots(Visitor& visitor) override {
        for (const T& item : items_) {
            if constexpr (std::is_same_v<T, Value>) visitor.visit(item);
            else item.visit(visitor);
        }
    }

    void push_back(T v) { items_.push_back(v); }
    void pop_back() { items_.pop_back(); }
    void clear() { items_.clear(); }
    void resize(std::size_t n) { items_.resize(n); }
    void resize(std::size_t n, T fill) { items_.resize(n, fill); }
    void reserve(std::size_t n) { items_.reserve(n); }
    std::size_t size() const { return items_.size(); }
    bool empty() const { return items_.empty(); }
    T& operator[](std::size_t i) { return items_[i]; }
    const T& operator[](std::size_t i) const { return items_[i]; }
    T& back() { return items_.back(); }
    T* data() { return items_.data(); }
    const T* data() const { return items_.data(); }
    auto begin() { return items_.begin(); }
    auto end() { return items_.end(); }
    auto begin() const { return items_.begin(); }
    auto end() const { return items_.end(); }
    std::span<const T> span() const { return {items_.data(), items_.size()}; }
    std::vector<T>& items() { return items_; }

private:
    std::vector<T> items_;
};

using MarkedValueVector = MarkedVector<Value>;

// A single rooted cell pointer or Value held outside the stack (e.g. in a host structure).
template <typename T> class Root final : public RootedContainer {
public:
    Root(Heap& heap, T value = T{}) : RootedContainer(heap), value_(value) {}
    Root(Root&&) noexcept = default;
    void visit_roots(Visitor& visitor) override { visitor.visit(value_); }
    T get() const { return value_; }
    void set(T value) { value_ = value; }
    T operator->() const requires std::is_pointer_v<T> { return value_; }

private:
    T value_;
};

} // namespace yjs
