#include "regexp/char_set.h"

#include <algorithm>

namespace yjs::regexp {

CharSet CharSet::single(char32_t c) {
    CharSet set;
    set.add(c);
    return set;
}

CharSet CharSet::range(char32_t first, char32_t last) {
    CharSet set;
    set.add_range(first, last);
    return set;
}

void CharSet::add_range(char32_t first, char32_t last) {
    if (first > last) return;
    if (normalized_ && !ranges_.empty()) {
        CodePointRange& back = ranges_.back();
        if (first > back.last && first - back.last > 1) {
            ranges_.push_back({first, last});
            return;
        }
        if (first >= back.first) {
            back.last = std::max(back.last, last);
            return;
        }
        normalized_ = false;
    }
    ranges_.push_back({first, last});
}

void CharSet::add_set(const CharSet& other) {
    const std::vector<CodePointRange>& theirs = other.ranges();
    if (theirs.empty()) return;
    // A few ranges are appended (normalized lazily, once, when the set is read); large sets are merged.
    if (theirs.size() < 16) {
        for (const CodePointRange& r : theirs)
            add_range(r.first, r.last);
        return;
    }
    normalize();
    if (ranges_.empty() || theirs.front().first > ranges_.back().last) {
        for (const CodePointRange& r : theirs)
            add_range(r.first, r.last);
        return;
    }
    // Both sides are sorted: merge them in one pass.
    std::vector<CodePointRange> merged;
    merged.reserve(ranges_.size() + theirs.size());
    std::size_t i = 0, j = 0;
    while (i < ranges_.size() || j < theirs.size()) {
        const CodePointRange& next =
            j == theirs.size() || (i < ranges_.size() && ranges_[i].first < theirs[j].first) ? ranges_[i++]
                                                                                             : theirs[j++];
        if (!merged.empty() && next.first <= merged.back().last + 1)
            merged.back().last = std::max(merged.back().last, next.last);
        else
            merged.push_back(next);
    }
    ranges_ = std::move(merged);
}

void CharSet::normalize() const {
    if (normalized_) return;
    std::sort(ranges_.begin(), ranges_.end(),
              [](const CodePointRange& a, const CodePointRange& b) { return a.first < b.first; });
    std::size_t out = 0;
    for (std::size_t i = 0; i < ranges_.size(); ++i) {
        if (out > 0 && ranges_[i].first <= ranges_[out - 1].last + 1) {
            ranges_[out - 1].last = std::max(ranges_[out - 1].last, ranges_[i].last);
        } else {
            ranges_[out++] = ranges_[i];
        }
    }
    ranges_.resize(out);
    normalized_ = true;
}

const std::vector<CodePointRange>& CharSet::ranges() const {
    normalize();
    return ranges_;
}

bool CharSet::contains(char32_t c) const {
    const auto& rs = ranges();
    auto it = std::upper_bound(rs.begin(), rs.end(), c,
                               [](char32_t value, const CodePointRange& r) { return value < r.first; });
    if (it == rs.begin()) return false;
    --it;
    return c <= it->last;
}

bool CharSet::empty() const {
    return ranges_.empty();
}

std::uint64_t CharSet::size() const {
    std::uint64_t total = 0;
    for (const CodePointRange& r : ranges())
        total += static_cast<std::uint64_t>(r.last - r.first) + 1;
    return total;
}

bool CharSet::is_single(char32_t* out) const {
    const auto& rs = ranges();
    if (rs.size() != 1 || rs[0].first != rs[0].last) return false;
    *out = rs[0].first;
    return true;
}

CharSet CharSet::complemented(char32_t max) const {
    CharSet result;
    char32_t next = 0;
    for (const CodePointRange& r : ranges()) {
        if (r.first > max) break;
        if (r.first > next) result.ranges_.push_back({next, r.first - 1});
        next = r.last + 1;
        if (r.last >= max) {
            next = max + 1;
            break;
        }
    }
    if (next <= max) result.ranges_.push_back({next, max});
    return result;
}

CharSet CharSet::intersected(const CharSet& other) const {
    CharSet result;
    const auto& a = ranges();
    const auto& b = other.ranges();
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        char32_t lo = std::max(a[i].first, b[j].first);
        char32_t hi = std::min(a[i].last, b[j].last);
        if (lo <= hi) result.ranges_.push_back({lo, hi});
        if (a[i].last < b[j].last)
            ++i;
        else
            ++j;
    }
    return result;
}

CharSet CharSet::subtracted(const CharSet& other) const {
    return intersected(other.complemented());
}

void ClassContents::add_string(std::u32string s) {
    if (s.size() == 1) {
        chars.add(s[0]);
        return;
    }
    auto it = std::lower_bound(strings.begin(), strings.end(), s);
    if (it == strings.end() || *it != s) strings.insert(it, std::move(s));
}

void ClassContents::add(const ClassContents& other) {
    chars.add_set(other.chars);
    std::vector<std::u32string> merged;
    std::set_union(strings.begin(), strings.end(), other.strings.begin(), other.strings.end(),
                   std::back_inserter(merged));
    strings = std::move(merged);
}

void ClassContents::intersect(const ClassContents& other) {
    chars = chars.intersected(other.chars);
    std::vector<std::u32string> result;
    std::set_intersection(strings.begin(), strings.end(), other.strings.begin(), other.strings.end(),
                          std::back_inserter(result));
    strings = std::move(result);
}

void ClassContents::subtract(const ClassContents& other) {
    chars = chars.subtracted(other.chars);
    std::vector<std::u32string> result;
    std::set_difference(strings.begin(), strings.end(), other.strings.begin(), other.strings.end(),
                        std::back_inserter(result));
    strings = std::move(result);
}

} // namespace yjs::regexp
