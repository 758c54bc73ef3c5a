#pragma once
// The memory layout the collector carves cells from.
//
// Small cells (up to kMaxSmallCellBytes) live in HeapBlocks: kHeapBlockSize-aligned regions holding cells of
// one size class. The block header sits at the start of the region, so `address & ~(kHeapBlockSize - 1)` finds
// it from any cell (or interior) address. Its bitmaps (mark, allocated) have one bit per cell. Larger cells
// each get their own LargeRegion, aligned the same way, with the cell right after a small header.
#include <array>
#include <cstddef>
#include <cstdint>

namespace yjs {

class Heap;

inline constexpr std::size_t kHeapBlockSize = std::size_t(256) << 10;
// Cell sizes are multiples of the granule, so cells are 8-byte aligned (all a cell's members need).
inline constexpr std::size_t kCellGranule = 8;
inline constexpr std::size_t kMinCellBytes = 16;
// The bitmaps have one bit per cell, so they are sized for blocks of the smallest cells.
inline constexpr std::size_t kBitmapWords = kHeapBlockSize / kMinCellBytes / 64;
inline constexpr std::size_t kMaxSmallCellBytes = 8192;

// Cell sizes served from blocks: 8-byte steps up to 128 (where most objects are, so little is lost to
// rounding), 16-byte steps up to 256, then four classes per power of two.
inline constexpr std::array<std::uint16_t, 43> kSizeClassBytes = {
    16,  24,  32,  40,  48,   56,   64,   72,   80,   88,   96,   104,  112,  120,  128,
    144, 160, 176, 192, 208,  224,  240,  256,  320,  384,  448,  512,  640,  768,  896,
    1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192,
};
inline constexpr std::size_t kSizeClassCount = kSizeClassBytes.size();
static_assert(kSizeClassBytes.back() == kMaxSmallCellBytes);

// Size class index for a request of `granules` 16-byte units (0 .. kMaxSmallCellBytes / 16).
inline constexpr auto kSizeClassForGranules = [] {
    std::array<std::uint8_t, kMaxSmallCellBytes / kCellGranule + 1> table{};
    std::size_t size_class = 0;
    for (std::size_t granules = 0; granules < table.size(); ++granules) {
        while (kSizeClassBytes[size_class] < granules * kCellGranule) ++size_class;
        table[granules] = static_cast<std::uint8_t>(size_class);
    }
    return table;
}();

inline constexpr std::size_t size_class_for(std::size_t bytes) {
    return kSizeClassForGranules[(bytes + kCellGranule - 1) / kCellGranule];
}

// A run of consecutive free cells of one size class that allocation bumps through. The cells of the current
// run are already flagged allocated (so the fast path does not touch the bitmap); the collector gives the
// unused rest back (Heap::Impl::retire_runs) before it looks at the bitmaps.
struct AllocationRun {
    char* cursor = nullptr;
    char* end = nullptr;
};

enum class RegionKind : std::uint32_t { Block, Large };

// The common prefix of HeapBlock and LargeRegion.
struct HeapRegion {
    Heap* heap;
    RegionKind kind;

    static HeapRegion* of(const void* address) {
        return reinterpret_cast<HeapRegion*>(reinterpret_cast<std::uintptr_t>(address) & ~(kHeapBlockSize - 1));
    }
};

struct HeapBlock : HeapRegion {
    std::uint32_t cell_size;
    std::uint32_t cell_count;
    std::uint32_t size_class;
    std::uint32_t index_magic;    // ceil(2^32 / cell_size): cell index = offset * index_magic >> 32
    std::uint32_t live_cells;     // cells marked by the current (or last) collection
    bool needs_sweep;             // its dead cells have not been destroyed since the last collection
    HeapBlock* next_to_sweep;     // the per-size-class queue of blocks allocation may reuse
    // One bit per cell, by cell index.
    std::uint64_t mark_bits[kBitmapWords];
    std::uint64_t allocated_bits[kBitmapWords];

    static HeapBlock* of(const void* address) { return static_cast<HeapBlock*>(HeapRegion::of(address)); }
    char* base() { return reinterpret_cast<char*>(this); }

    // The index of the cell containing `address`, which lies in this block at or after the first cell.
    // Exact for offsets below 2^18 and cell sizes below 2^14.
    std::uint32_t cell_index(const void* address) const;
    char* cell(std::uint32_t index) const;

    static bool test(const std::uint64_t* bits, std::uint32_t index) { return (bits[index / 64] >> (index % 64)) & 1; }
    bool is_allocated(std::uint32_t index) const { return test(allocated_bits, index); }
    bool is_marked(std::uint32_t index) const { return test(mark_bits, index); }
};

inline constexpr std::size_t kFirstCellOffset = (sizeof(HeapBlock) + 63) & ~std::size_t(63);
static_assert((kHeapBlockSize - kFirstCellOffset) / kMinCellBytes <= kBitmapWords * 64);
static_assert(kHeapBlockSize <= (std::size_t(1) << 18) && kMaxSmallCellBytes < (1 << 14));

inline std::uint32_t HeapBlock::cell_index(const void* address) const {
    std::uint64_t offset = (reinterpret_cast<std::uintptr_t>(address) & (kHeapBlockSize - 1)) - kFirstCellOffset;
    return static_cast<std::uint32_t>((offset * index_magic) >> 32);
}

inline char* HeapBlock::cell(std::uint32_t index) const {
    return const_cast<char*>(reinterpret_cast<const char*>(this)) + kFirstCellOffset + std::size_t(index) * cell_size;
}

struct LargeRegion : HeapRegion {
    bool marked;
    std::size_t cell_bytes;
    std::size_t mapped_bytes;
};

inline constexpr std::size_t kLargeCellOffset = (sizeof(LargeRegion) + 63) & ~std::size_t(63);

} // namespace yjs
