// util.inspect: laying out an entry list. Node's rules, reproduced from its observable output:
//  * An object whose entries nest at most `compact` levels deep is printed on one line when the entries,
//    the braces, the current indentation and some slack fit in `break_length`.
//  * Otherwise one entry per line, indented by two more spaces than the object.
//  * Arrays with more than six entries are first grouped into aligned columns when the entries are short
//    and of similar width; numbers (and bigints) are right-aligned, anything else left-aligned.
#include "host/inspect_internal.h"
#include "runtime/abstract_ops.h"

#include <algorithm>
#include <cmath>

namespace yjs {

bool Inspector::fits_on_one_line(const Output& output, std::size_t start, const std::u16string& base) const {
    std::size_t total = output.size() + start;
    if (total + output.size() > static_cast<std::size_t>(options_.break_length)) return false;
    for (const std::u16string& entry : output) {
        total += entry.size();
        if (total > static_cast<std::size_t>(options_.break_length)) return false;
    }
    return !contains(base, u"\n");
}

ThrowCompletionOr<std::u16string>
Inspector::reduce_to_single_string(Output& output, const std::u16string& base, const std::u16string& open,
                                   std::u16string_view close, EntryType extras, int recurse_times,
                                   JSObject* value) {
    std::u16string lead = base.empty() ? std::u16string() : base + u" ";
    if (options_.compact > 0) {
        std::size_t entries = output.size();
        if (extras == EntryType::ArrayExtras && entries > 6)
            output = TRY(group_array_elements(output, value));
        if (current_depth_ - recurse_times < options_.compact && entries == output.size()) {
            std::size_t start = output.size() + indentation_ + open.size() + base.size() + 10;
            if (fits_on_one_line(output, start, base)) {
                std::u16string joined = join(output, u", ");
                if (!contains(joined, u"\n"))
                    return lead + open + u" " + joined + u" " + std::u16string(close);
            }
        }
    }
    std::u16string newline = u"\n" + std::u16string(indentation_, u' ');
    return lead + open + newline + u"  " + join(output, u"," + newline + u"  ") + newline +
           std::u16string(close);
}

ThrowCompletionOr<Inspector::Output> Inspector::group_array_elements(const Output& output, JSObject* value) {
    constexpr std::size_t kSeparatorWidth = 2; // ", "
    // A trailing "... n more items" entry is not grouped (it is recognised by the entry count).
    std::size_t grouped = output.size();
    if (static_cast<std::size_t>(std::max(0, options_.max_array_length)) < output.size()) --grouped;

    std::vector<std::size_t> widths(grouped);
    std::size_t total_width = 0;
    std::size_t widest = 0;
    for (std::size_t i = 0; i < grouped; ++i) {
        widths[i] = display_width(output[i]);
        total_width += widths[i] + kSeparatorWidth;
        widest = std::max(widest, widths[i]);
    }
    double cell = static_cast<double>(widest + kSeparatorWidth);
    // Group only when three cells fit on a line and no entry is much wider than the average.
    bool worthwhile = cell * 3 + indentation_ < options_.break_length &&
                      (static_cast<double>(total_width) / cell > 5 || widest <= 6);
    if (!worthwhile) return Output(output);

    // Aim for a roughly square block (a character being about 2.5 times as high as wide), biased towards
    // more columns for short entries; never wider than the line, 4 * compact or 15 columns.
    double average_bias =
        std::sqrt(cell - static_cast<double>(total_width) / static_cast<double>(output.size()));
    double biased = std::max(cell - 3 - average_bias, 1.0);
    double square = std::floor(std::sqrt(2.5 * biased * static_cast<double>(grouped)) / biased + 0.5);
    double fit = std::floor(static_cast<double>(options_.break_length - indentation_) / cell);
    double columns_limit = std::min({square, fit, static_cast<double>(options_.compact) * 4, 15.0});
    if (columns_limit <= 1) return Output(output);
    auto columns = static_cast<std::size_t>(columns_limit);

    std::vector<std::size_t> column_widths;
    for (std::size_t column = 0; column < columns; ++column) {
        std::size_t width = 0;
        for (std::size_t j = column; j < grouped; j += columns)
            width = std::max(width, widths[j]);
        column_widths.push_back(width + kSeparatorWidth);
    }

    // Numbers line up on the right, everything else on the left.
    bool align_right = value != nullptr;
    for (std::size_t i = 0; align_right && i < output.size(); ++i) {
        Value element = TRY(value->get(vm_, PropertyKey::from_index(static_cast<std::uint32_t>(i))));
        if (!element.is_number() && !element.is_bigint()) align_right = false;
    }
    auto pad = [&](std::u16string text, std::size_t target) {
        if (text.size() >= target) return text;
        std::u16string fill(target - text.size(), u' ');
        return align_right ? fill + text : text + fill;
    };

    Output rows;
    for (std::size_t row = 0; row < grouped; row += columns) {
        std::size_t end = std::min(row + columns, grouped);
        std::u16string line;
        std::size_t j = row;
        for (; j + 1 < end; ++j) {
            // Targets are in UTF-16 units: adjust the column width by the entry's width/length difference.
            std::size_t target = column_widths[j - row] + output[j].size() - widths[j];
            line += pad(output[j] + u", ", target);
        }
        if (align_right) {
            std::size_t target = column_widths[j - row] + output[j].size() - widths[j] - kSeparatorWidth;
            line += pad(output[j], target);
        } else {
            line += output[j];
        }
        rows.push_back(std::move(line));
    }
    if (grouped < output.size()) rows.push_back(output[grouped]);
    return rows;
}

} // namespace yjs
