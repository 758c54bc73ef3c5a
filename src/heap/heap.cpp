// The mark-sweep collector: block management, marking (precise roots, conservative stack scanning,
// constraints), weak callbacks, lazy sweeping and the heap limit.
#include "heap/heap.h"

#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cassert>
#include <csetjmp>
#include <cstdio>
#include <cstring>

#if defined(__SANITIZE_ADDRESS__)
#define YJS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define YJS_ASAN 1
#endif
#endif

#ifdef YJS_ASAN
#include <sanitizer/asan_interface.h>
#endif

namespace yjs {

namespace {

constexpr std::size_t kMinimumCollectionThreshold = std::size_t(8) << 20;
// At the limit, a collection runs only once a sixteenth of the limit (at least this much) was allocated since
// the previous one: collections that each free little would otherwise follow each other.
constexpr std::size_t kMinimumLimitCollectionBytes = std::size_t(1) << 20;
// How far past the limit allocation may go once out_of_memory() is set, while the engine unwinds.
constexpr std::size_t kEmergencyAllowance = std::size_t(16) << 20;
// Empty blocks kept for reuse by any size class; beyond this they go back to the system.
constexpr std::size_t kMaxPooledBlocks = 64;
constexpr std::size_t kPageSize = 4096;
constexpr std::uint64_t kPayloadMask = 0x0000FFFFFFFFFFFFull;
constexpr std::uint64_t kFirstCellTag = static_cast<std::uint64_t>(Value::Tag::Object);

// `bytes` (a multiple of the page size) of zeroed memory aligned to kHeapBlockSize.
void* map_aligned(std::size_t bytes) {
    std::size_t span = bytes + kHeapBlockSize;
    void* raw = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) Heap::fatal_out_of_memory();
    auto start = reinterpret_cast<std::uintptr_t>(raw);
    std::uintptr_t aligned = (start + kHeapBlockSize - 1) & ~(kHeapBlockSize - 1);
    std::size_t head = aligned - start;
    std::size_t tail = span - head - bytes;
    if (head) munmap(raw, head);
    if (tail) munmap(reinterpret_cast<void*>(aligned + bytes), tail);
    return reinterpret_cast<void*>(aligned);
}

void unmap(void* address, std::size_t bytes) { munmap(address, bytes); }

Cell* cell_at(void* address) { return static_cast<Cell*>(address); }

std::uintptr_t stack_base_of_current_thread() {
    pthread_attr_t attributes;
    void* address = nullptr;
    std::size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attributes) == 0) {
        pthread_attr_getstack(&attributes, &address, &size);
        pthread_attr_destroy(&attributes);
    }
    return reinterpret_cast<std::uintptr_t>(address) + size;
}

// --- Bitmaps: bit `i` of `bits` is bits[i / 64] >> (i % 64) ---

std::uint64_t range_mask(std::uint32_t begin, std::uint32_t end) { // bits [begin, end) of one word, end - begin >= 1
    std::uint32_t count = end - begin;
    std::uint64_t ones = count == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << count) - 1;
    return ones << (begin % 64);
}

void set_bits(std::uint64_t* bits, std::uint32_t begin, std::uint32_t end) {
    while (begin < end) {
        std::uint32_t stop = std::min(end, (begin / 64 + 1) * 64);
        bits[begin / 64] |= range_mask(begin, stop);
        begin = stop;
    }
}

void clear_bits(std::uint64_t* bits, std::uint32_t begin, std::uint32_t end) {
    while (begin < end) {
        std::uint32_t stop = std::min(end, (begin / 64 + 1) * 64);
        bits[begin / 64] &= ~range_mask(begin, stop);
        begin = stop;
    }
}

// The first index in [from, limit) whose bit is `value`, or `limit`.
std::uint32_t find_bit(const std::uint64_t* bits, std::uint32_t from, std::uint32_t limit, bool value) {
    while (from < limit) {
        std::uint64_t word = value ? bits[from / 64] : ~bits[from / 64];
        word >>= from % 64;
        if (word) return std::min(limit, from + static_cast<std::uint32_t>(std::countr_zero(word)));
        from = (from / 64 + 1) * 64;
    }
    return limit;
}

} // namespace

struct Heap::Impl {
    explicit Impl(Heap& heap) : heap(heap) {}

    class Marker final : public Visitor {
    public:
        explicit Marker(Impl& impl) : impl_(impl) {}
        void visit_cell(Cell* cell) override {
            if (mark(cell)) impl_.mark_stack.push_back(cell);
        }

    private:
        Impl& impl_;
    };

    enum class SweepMode {
        Lazy,         // dead cells are destroyed when allocation reuses their block
        ReleaseEmpty, // also give blocks without live cells back now and destroy every dead cell, whose
                      // external memory counts toward the limit (collections forced by the heap limit)
        Eager,        // destroy every dead cell now (collect_garbage())
    };

    Heap& heap;
    std::vector<HeapBlock*> blocks;            // in use, sorted by address
    std::vector<LargeRegion*> large;           // sorted by address
    std::vector<HeapBlock*> pool;              // empty blocks, reusable by any size class
    HeapBlock* to_sweep[kSizeClassCount] = {}; // per size class: blocks allocation may reuse
    // The block each size class allocates from, and where its search for free runs resumes.
    HeapBlock* current_block[kSizeClassCount] = {};
    std::uint32_t next_cell_index[kSizeClassCount] = {};

    std::vector<std::pair<CallbackId, RootCallback>> root_callbacks;
    std::vector<std::pair<CallbackId, WeakCallback>> weak_callbacks;
    std::vector<std::pair<CallbackId, MarkingConstraint>> constraints;
    CallbackId next_callback_id = 1;

    std::vector<Cell*> mark_stack;
    std::uintptr_t scan_low = 0; // an address range covering every region, for quick rejection
    std::uintptr_t scan_high = 0;

    std::size_t bytes_since_collection = 0;
    std::size_t collection_threshold = kMinimumCollectionThreshold;
    std::size_t large_bytes = 0; // mapped bytes of large regions
    std::size_t external_bytes = 0;
    std::size_t collections = 0;
    // While out_of_memory() is set: the committed bytes (at least the limit) plus the request that crossed
    // the limit, from which the emergency allowance counts. Reset by the first collection after the state.
    std::size_t out_of_memory_base = 0;
    bool collecting = false;

    pthread_t stack_thread{};
    std::uintptr_t stack_base = 0;

    // --- Marking ---

    // Marks `cell`; true if it was not marked before.
    static bool mark(Cell* cell) {
        HeapRegion* region = HeapRegion::of(cell);
        if (region->kind == RegionKind::Block) {
            auto* block = static_cast<HeapBlock*>(region);
            std::uint32_t index = block->cell_index(cell);
            std::uint64_t& word = block->mark_bits[index / 64];
            std::uint64_t bit = std::uint64_t(1) << (index % 64);
            if (word & bit) return false;
            word |= bit;
            ++block->live_cells;
            return true;
        }
        auto* large_region = static_cast<LargeRegion*>(region);
        if (large_region->marked) return false;
        large_region->marked = true;
        return true;
    }

    void drain(Marker& marker) {
        while (!mark_stack.empty()) {
            Cell* cell = mark_stack.back();
            mark_stack.pop_back();
            cell->visit_edges(marker);
        }
    }

    bool find_cell(std::uintptr_t address, Cell** result) const {
        std::uintptr_t base = address & ~(kHeapBlockSize - 1);
        auto block_it = std::lower_bound(blocks.begin(), blocks.end(), base, [](HeapBlock* block, std::uintptr_t b) {
            return reinterpret_cast<std::uintptr_t>(block) < b;
        });
        if (block_it != blocks.end() && reinterpret_cast<std::uintptr_t>(*block_it) == base) {
            HeapBlock* block = *block_it;
            if (address - base < kFirstCellOffset) return false;
            std::uint32_t index = block->cell_index(reinterpret_cast<void*>(address));
            if (index >= block->cell_count || !block->is_allocated(index)) return false;
            char* cell = block->cell(index);
            const AllocationRun& run = heap.runs_[block->size_class];
            if (cell >= run.cursor && cell < run.end) return false; // not handed out yet
            // In a block awaiting sweeping, unmarked cells are dead.
            if (block->needs_sweep && !block->is_marked(index)) return false;
            *result = cell_at(cell);
            return true;
        }
        auto large_it = std::upper_bound(large.begin(), large.end(), address, [](std::uintptr_t a, LargeRegion* region) {
            return a < reinterpret_cast<std::uintptr_t>(region);
        });
        if (large_it == large.begin()) return false;
        LargeRegion* region = *(large_it - 1);
        auto cell = reinterpret_cast<std::uintptr_t>(region) + kLargeCellOffset;
        if (address < cell || address >= cell + region->cell_bytes) return false;
        *result = reinterpret_cast<Cell*>(cell);
        return true;
    }

    // A stack word: a NaN-boxed cell value (its payload) or anything that may be a pointer.
    void consider_conservative_root(Marker& marker, std::uint64_t word) {
        if ((word >> 48) >= kFirstCellTag) word &= kPayloadMask;
        if (word < scan_low || word >= scan_high) return;
        Cell* cell;
        if (find_cell(word, &cell)) marker.visit(cell);
    }

    // Reads memory that may be poisoned (stack redzones), so it must not be instrumented.
    __attribute__((no_sanitize_address)) void scan_words(Marker& marker, std::uintptr_t low, std::uintptr_t high) {
        for (std::uintptr_t p = (low + 7) & ~std::uintptr_t(7); p + 8 <= high; p += 8)
            consider_conservative_root(marker, *reinterpret_cast<const std::uint64_t*>(p));
    }

    __attribute__((no_sanitize_address, noinline)) void scan_stack(Marker& marker) {
        auto low = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
        if (!stack_base || !pthread_equal(stack_thread, pthread_self())) {
            stack_thread = pthread_self();
            stack_base = stack_base_of_current_thread();
        }
        scan_words(marker, low, stack_base);
#ifdef YJS_ASAN
        // Locals of instrumented functions may live in ASan's heap-allocated "fake stack" frames; the real
        // stack refers to each active one, so scan every fake frame a stack word points into.
        if (void* fake_stack = __asan_get_current_fake_stack()) {
            for (std::uintptr_t p = (low + 7) & ~std::uintptr_t(7); p + 8 <= stack_base; p += 8) {
                void* begin = nullptr;
                void* end = nullptr;
                void* word = *reinterpret_cast<void* const*>(p);
                if (__asan_addr_is_in_fake_stack(fake_stack, word, &begin, &end))
                    scan_words(marker, reinterpret_cast<std::uintptr_t>(begin), reinterpret_cast<std::uintptr_t>(end));
            }
        }
#endif
    }

    // Spills callee-saved registers into this frame so that scan_stack() (called from here, so deeper on
    // the stack) sees cell pointers held only in registers.
    __attribute__((no_sanitize_address, noinline)) void scan_stack_and_registers(Marker& marker) {
        __builtin_unwind_init();
        std::jmp_buf registers;
        setjmp(registers);
        scan_stack(marker);
        asm volatile("" : : "r"(&registers) : "memory");
    }

    void mark_roots() {
        scan_low = UINTPTR_MAX;
        scan_high = 0;
        if (!blocks.empty()) {
            scan_low = reinterpret_cast<std::uintptr_t>(blocks.front());
            scan_high = reinterpret_cast<std::uintptr_t>(blocks.back()) + kHeapBlockSize;
        }
        if (!large.empty()) {
            scan_low = std::min(scan_low, reinterpret_cast<std::uintptr_t>(large.front()));
            LargeRegion* last = large.back();
            scan_high = std::max(scan_high, reinterpret_cast<std::uintptr_t>(last) + last->mapped_bytes);
        }

        Marker marker(*this);
        for (auto& [id, callback] : root_callbacks) callback(marker);
        for (RootedContainer* container = heap.rooted_containers_; container; container = container->next_)
            container->visit_roots(marker);
        scan_stack_and_registers(marker);
        drain(marker);
        while (true) {
            for (auto& [id, constraint] : constraints) constraint(marker);
            if (mark_stack.empty()) break;
            drain(marker);
        }
    }

    // --- Sweeping ---

    static void destroy(Cell* cell) { cell->~Cell(); }

    // Destroys the block's dead (allocated, unmarked) cells. Mark bits stay until the next collection.
    static void sweep_cells(HeapBlock* block) {
        std::uint32_t words = (block->cell_count + 63) / 64;
        for (std::uint32_t w = 0; w < words; ++w) {
            std::uint64_t dead = block->allocated_bits[w] & ~block->mark_bits[w];
            while (dead) {
                destroy(cell_at(block->cell(w * 64 + std::countr_zero(dead))));
                dead &= dead - 1;
            }
            block->allocated_bits[w] &= block->mark_bits[w];
        }
        block->needs_sweep = false;
    }

    void release_block(HeapBlock* block) {
        if (pool.size() < kMaxPooledBlocks) pool.push_back(block);
        else unmap(block, kHeapBlockSize);
    }

    // Drops the blocks that were emptied for release (cell_count set to 0) from `blocks`.
    void remove_released_blocks() {
        std::size_t kept = 0;
        for (HeapBlock* block : blocks) {
            if (block->cell_count == 0) release_block(block);
            else blocks[kept++] = block;
        }
        blocks.resize(kept);
    }

    // Gives back the unused part of every size class's current run, so that the bitmaps are exact.
    void retire_runs() {
        for (AllocationRun& run : heap.runs_) {
            if (run.cursor != run.end) {
                HeapBlock* block = HeapBlock::of(run.cursor);
                clear_bits(block->allocated_bits, block->cell_index(run.cursor), block->cell_index(run.end - 1) + 1);
            }
            run = AllocationRun{};
        }
    }

    // Makes the next run of free cells of `size_class` current, sweeping queued blocks as needed. False if
    // the size class has no free cell left.
    bool refill(std::size_t size_class) {
        while (true) {
            if (HeapBlock* block = current_block[size_class]) {
                std::uint32_t begin = find_bit(block->allocated_bits, next_cell_index[size_class], block->cell_count, false);
                std::uint32_t end = find_bit(block->allocated_bits, begin, block->cell_count, true);
                next_cell_index[size_class] = end;
                if (begin != end) {
                    // Flagged allocated up front: the fast path then only bumps the cursor.
                    set_bits(block->allocated_bits, begin, end);
                    heap.runs_[size_class] = {block->cell(begin), block->cell(end)};
                    bytes_since_collection += std::size_t(end - begin) * block->cell_size;
                    return true;
                }
                current_block[size_class] = nullptr;
            }
            HeapBlock* block = to_sweep[size_class];
            if (!block) return false;
            to_sweep[size_class] = block->next_to_sweep;
            block->next_to_sweep = nullptr;
            if (block->needs_sweep) sweep_cells(block);
            current_block[size_class] = block;
            next_cell_index[size_class] = 0;
        }
    }

    // Before marking: destroys what the last collection left dead, gives back the blocks that stayed
    // empty and unused for a whole cycle, and resets the allocation state.
    void finish_sweeping() {
        retire_runs();
        std::fill(std::begin(current_block), std::end(current_block), nullptr);
        bool released = false;
        for (auto& head : to_sweep) {
            while (HeapBlock* block = head) {
                head = block->next_to_sweep;
                block->next_to_sweep = nullptr;
                if (block->needs_sweep) sweep_cells(block);
                if (block->live_cells == 0) {
                    block->cell_count = 0;
                    released = true;
                }
            }
        }
        if (released) remove_released_blocks();
    }

    void destroy_large(LargeRegion* region) {
        destroy(cell_at(reinterpret_cast<char*>(region) + kLargeCellOffset));
        large_bytes -= region->mapped_bytes;
        unmap(region, region->mapped_bytes);
    }

    // After marking: frees dead large cells and queues every block for reuse, blocks without live cells
    // first (allocation then bumps through whole blocks). Returns the live size.
    std::size_t finish_collection(SweepMode mode) {
        std::size_t live_bytes = 0;
        bool released = false;
        // Pushing to the front: partially live blocks in the first pass, empty ones in the second.
        for (bool empty_pass : {false, true}) {
            for (HeapBlock* block : blocks) {
                if ((block->live_cells == 0) != empty_pass) continue;
                live_bytes += std::size_t(block->live_cells) * block->cell_size;
                block->needs_sweep = true;
                if (mode != SweepMode::Lazy) sweep_cells(block);
                if (mode != SweepMode::Lazy && empty_pass) {
                    block->cell_count = 0;
                    released = true;
                    continue;
                }
                block->next_to_sweep = to_sweep[block->size_class];
                to_sweep[block->size_class] = block;
            }
        }
        if (released) remove_released_blocks();
        std::size_t kept = 0;
        for (LargeRegion* region : large) {
            if (!region->marked) {
                destroy_large(region);
                continue;
            }
            live_bytes += region->mapped_bytes;
            large[kept++] = region;
        }
        large.resize(kept);
        return live_bytes + external_bytes;
    }

    void collect(SweepMode mode) {
        if (collecting || heap.defer_gc_depth_ > 0) return;
        collecting = true;
        finish_sweeping();
        for (HeapBlock* block : blocks) {
            std::fill(std::begin(block->mark_bits), std::end(block->mark_bits), 0);
            block->live_cells = 0;
        }
        for (LargeRegion* region : large) region->marked = false;

        mark_roots();
        for (auto& [id, callback] : weak_callbacks) callback(heap);

        std::size_t live_bytes = finish_collection(mode);
        bytes_since_collection = 0;
        collection_threshold = std::max(kMinimumCollectionThreshold, live_bytes);
        ++collections;
        collecting = false;
    }

    // --- Allocation ---

    // A collection is due when enough was allocated since the last one, or when the heap has grown past
    // its limit (through external memory) and the out-of-memory protocol is not already running.
    bool should_collect() const {
        if (heap.defer_gc_depth_ > 0 || collecting) return false;
        return bytes_since_collection >= collection_threshold ||
               (over_limit(0) && !heap.out_of_memory() && bytes_since_collection >= limit_collection_bytes());
    }

    std::size_t limit_collection_bytes() const {
        return std::max(kMinimumLimitCollectionBytes, heap.heap_limit_bytes_ / 16);
    }

    std::size_t committed_bytes() const { return blocks.size() * kHeapBlockSize + large_bytes + external_bytes; }
    bool over_limit(std::size_t request) const { return committed_bytes() + request > heap.heap_limit_bytes_; }

    // Before growing by `request` bytes past the limit, a collection may make room. True if one ran.
    bool collect_for_limit(std::size_t request) {
        if (!over_limit(request) || heap.out_of_memory() || heap.defer_gc_depth_ > 0 || collecting)
            return false;
        // Right after a collection, another would find almost nothing to free: at the limit, that would make
        // every allocation a full collection (while a script unwinds from an out-of-memory RangeError).
        // (Except for the first one after an out-of-memory state ended: the script may have let go of memory.)
        bool after_out_of_memory = out_of_memory_base != 0;
        if (collections > 0 && bytes_since_collection < limit_collection_bytes() && !after_out_of_memory) return false;
        out_of_memory_base = 0;
        collect(SweepMode::ReleaseEmpty);
        return true;
    }

    // Growing past the limit enters the out-of-memory protocol: the request that crosses it is served
    // (however large: the engine checks the flag at its next safe point and throws), then the engine may use
    // the emergency allowance on top of that while it unwinds; past it, it is fatal.
    void enforce_limit(std::size_t request) {
        if (!over_limit(request)) return;
        if (!heap.out_of_memory()) {
            heap.interrupts_.raise(Interrupts::kOutOfMemory);
            out_of_memory_base = std::max(committed_bytes(), heap.heap_limit_bytes_) + request;
            return;
        }
        if (committed_bytes() + request <= out_of_memory_base + kEmergencyAllowance) return;
        // Native code that allocates garbage in a loop may not reach a safe point for a while: a last
        // collection before giving up.
        if (heap.defer_gc_depth_ == 0 && !collecting) collect(SweepMode::ReleaseEmpty);
        if (committed_bytes() + request > out_of_memory_base + kEmergencyAllowance) Heap::fatal_out_of_memory();
    }

    // A fresh (or pooled) block for `size_class`, queued first for allocation.
    void add_block(std::size_t size_class) {
        void* memory;
        if (!pool.empty()) {
            memory = pool.back();
            pool.pop_back();
        } else {
            memory = map_aligned(kHeapBlockSize);
        }
        auto* block = new (memory) HeapBlock{};
        block->heap = &heap;
        block->kind = RegionKind::Block;
        block->cell_size = kSizeClassBytes[size_class];
        block->cell_count = static_cast<std::uint32_t>((kHeapBlockSize - kFirstCellOffset) / block->cell_size);
        block->size_class = static_cast<std::uint32_t>(size_class);
        block->index_magic =
            static_cast<std::uint32_t>(((std::uint64_t(1) << 32) + block->cell_size - 1) / block->cell_size);
        block->live_cells = block->cell_count; // so that it is not released as empty before it is used
        blocks.insert(std::upper_bound(blocks.begin(), blocks.end(), block), block);
        block->next_to_sweep = to_sweep[size_class];
        to_sweep[size_class] = block;
    }

    void* allocate_small(std::size_t bytes) {
        std::size_t size_class = size_class_for(bytes);
        bool collected = false;
        while (!refill(size_class)) {
            if (!collected && collect_for_limit(kHeapBlockSize)) {
                collected = true;
                continue;
            }
            enforce_limit(kHeapBlockSize);
            add_block(size_class);
        }
        AllocationRun& run = heap.runs_[size_class];
        char* cell = run.cursor;
        run.cursor += kSizeClassBytes[size_class];
        return cell;
    }

    void* allocate_large(std::size_t bytes) {
        std::size_t mapped = (kLargeCellOffset + bytes + kPageSize - 1) & ~(kPageSize - 1);
        collect_for_limit(mapped);
        enforce_limit(mapped);
        void* memory = map_aligned(mapped);
        auto* region = new (memory) LargeRegion{};
        region->heap = &heap;
        region->kind = RegionKind::Large;
        region->cell_bytes = bytes;
        region->mapped_bytes = mapped;
        large.insert(std::upper_bound(large.begin(), large.end(), region), region);
        large_bytes += mapped;
        bytes_since_collection += mapped;
        return static_cast<char*>(memory) + kLargeCellOffset;
    }
};

Heap::Heap(std::size_t heap_limit_bytes) : impl_(std::make_unique<Impl>(*this)), heap_limit_bytes_(heap_limit_bytes) {
    impl_->mark_stack.reserve(4096);
}

Heap::~Heap() {
    Impl& impl = *impl_;
    impl.collecting = true;
    impl.retire_runs();
    for (HeapBlock* block : impl.blocks) {
        // Every allocated cell, live or dead.
        std::fill(std::begin(block->mark_bits), std::end(block->mark_bits), 0);
        Impl::sweep_cells(block);
        unmap(block, kHeapBlockSize);
    }
    for (LargeRegion* region : impl.large) impl.destroy_large(region);
    for (HeapBlock* block : impl.pool) unmap(block, kHeapBlockSize);
}

void* Heap::allocate_slow(std::size_t bytes) {
    Impl& impl = *impl_;
    assert(!impl.collecting && "allocation during garbage collection");
    if (impl.should_collect()) {
        // Near the limit, empty blocks are given back at once so that the limit check below is accurate.
        bool near_limit = impl.over_limit(kHeapBlockSize);
        impl.collect(near_limit ? Impl::SweepMode::ReleaseEmpty : Impl::SweepMode::Lazy);
        impl.enforce_limit(0);
    }
    if (bytes > kMaxSmallCellBytes) return impl.allocate_large(bytes);
    return impl.allocate_small(bytes);
}

void Heap::collect_garbage() { impl_->collect(Impl::SweepMode::Eager); }

void Heap::zero_memory(void* memory, std::size_t bytes) { std::memset(memory, 0, bytes); }

void Heap::fatal_out_of_memory() {
    static constexpr char kMessage[] = "yieldjs: fatal: JavaScript heap out of memory\n";
    std::fwrite(kMessage, 1, sizeof(kMessage) - 1, stderr);
    std::fflush(stderr);
    _exit(3);
}

bool Heap::is_marked(const Cell* cell) const {
    const HeapRegion* region = HeapRegion::of(cell);
    if (region->kind == RegionKind::Large) return static_cast<const LargeRegion*>(region)->marked;
    const auto* block = static_cast<const HeapBlock*>(region);
    return block->is_marked(block->cell_index(cell));
}

bool Heap::find_cell(std::uintptr_t address, Cell** cell) const { return impl_->find_cell(address, cell); }

Heap::CallbackId Heap::add_root_callback(RootCallback callback) {
    CallbackId id = impl_->next_callback_id++;
    impl_->root_callbacks.emplace_back(id, std::move(callback));
    return id;
}

Heap::CallbackId Heap::add_weak_callback(WeakCallback callback) {
    CallbackId id = impl_->next_callback_id++;
    impl_->weak_callbacks.emplace_back(id, std::move(callback));
    return id;
}

Heap::CallbackId Heap::add_marking_constraint(MarkingConstraint constraint) {
    CallbackId id = impl_->next_callback_id++;
    impl_->constraints.emplace_back(id, std::move(constraint));
    return id;
}

namespace {
template <typename Entries> void remove_callback(Entries& entries, Heap::CallbackId id) {
    std::erase_if(entries, [id](const auto& entry) { return entry.first == id; });
}
} // namespace

void Heap::remove_root_callback(CallbackId id) { remove_callback(impl_->root_callbacks, id); }
void Heap::remove_weak_callback(CallbackId id) { remove_callback(impl_->weak_callbacks, id); }
void Heap::remove_marking_constraint(CallbackId id) { remove_callback(impl_->constraints, id); }

void Heap::did_allocate_external(std::size_t bytes) {
    Impl& impl = *impl_;
    impl.external_bytes += bytes;
    impl.bytes_since_collection += bytes;
    // Growth of external memory alone (element stores, string buffers) can run far past the limit without a
    // cell allocation to collect and check it: well past the limit, it enters the out-of-memory protocol (unless
    // the last out-of-memory state has ended without a collection since: that memory may be garbage).
    // Once in it, external growth (done: the memory is there) moves the base of the emergency allowance, which
    // is for cells only.
    if (out_of_memory()) {
        impl.out_of_memory_base += bytes;
    } else if (!impl.collecting && impl.out_of_memory_base == 0 &&
               impl.committed_bytes() > heap_limit_bytes_ + kEmergencyAllowance) {
        interrupts_.raise(Interrupts::kOutOfMemory);
        impl.out_of_memory_base = impl.committed_bytes();
    }
    // Sends the next allocation to the slow path, which collects. (The rest of the current runs is
    // reclaimed by that collection.)
    if (impl.should_collect()) impl.retire_runs();
}

void Heap::did_free_external(std::size_t bytes) {
    assert(impl_->external_bytes >= bytes);
    impl_->external_bytes -= bytes;
}

HeapStatistics Heap::statistics() const {
    const Impl& impl = *impl_;
    HeapStatistics statistics;
    for (HeapBlock* block : impl.blocks) {
        std::size_t cells = block->live_cells;
        if (!block->needs_sweep) {
            cells = 0;
            for (std::uint64_t word : block->allocated_bits) cells += std::popcount(word);
        }
        statistics.live_cells += cells;
        statistics.live_bytes += cells * block->cell_size;
    }
    // Cells of the current runs are flagged allocated but not handed out yet.
    for (std::size_t size_class = 0; size_class < kSizeClassCount; ++size_class) {
        const AllocationRun& run = runs_[size_class];
        std::size_t cells = std::size_t(run.end - run.cursor) / kSizeClassBytes[size_class];
        statistics.live_cells -= cells;
        statistics.live_bytes -= cells * kSizeClassBytes[size_class];
    }
    for (LargeRegion* region : impl.large) {
        ++statistics.live_cells;
        statistics.live_bytes += region->cell_bytes;
    }
    statistics.live_bytes += impl.external_bytes;
    statistics.heap_limit_bytes = heap_limit_bytes_;
    statistics.collections = impl.collections;
    statistics.committed_bytes = impl.committed_bytes();
    statistics.external_bytes = impl.external_bytes;
    return statistics;
}

} // namespace yjs
