#include "vm/generator_object.h"

#include "runtime/shape.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/js_function.h"

namespace yjs {

namespace {

// Gives a heap frame (whose registers trail its owner's cell) undefined registers and an empty header, as
// at creation and once it has completed.
void reset_heap_frame(Frame& frame, Value* registers, std::uint32_t count, Cell* owner, FrameKind kind) {
    for (std::uint32_t i = 0; i < count; ++i) new (&registers[i]) Value();
    frame = Frame();
    frame.registers = registers;
    frame.owner = owner;
    frame.kind = kind;
}

} // namespace

GeneratorObject* GeneratorObject::create(VM& vm, JSFunction* callee) {
    std::uint32_t count = callee->code_block()->register_count;
    return vm.heap().allocate_with_extra<GeneratorObject>(count * sizeof(Value), Shape::create_root(vm, nullptr),
                                                          count);
}

GeneratorObject::GeneratorObject(Shape* shape, std::uint32_t register_count)
    : JSObject(shape), register_count_(register_count) {
    set_ordinary_methods(true, true);
    reset_heap_frame(frame_, registers(), register_count, this, FrameKind::Generator);
}

void GeneratorObject::release_frame() {
    reset_heap_frame(frame_, registers(), register_count_, this, FrameKind::Generator);
}

void GeneratorObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    if (frame_.code_block) frame_.visit(visitor);
    visitor.visit(delegate_);
    visitor.visit(delegator_);
    visitor.visit(chain_);
}

void GeneratorObject::link_delegate(GeneratorObject* delegate, bool return_link) {
    GeneratorObject* root = chain_root();
    delegate_ = delegate;
    delegate->delegator_ = this;
    delegate->chain_ = root;
    delegate->return_link_ = return_link;
    root->chain_ = delegate;
    if (return_link) root->has_return_links_ = true;
}

GeneratorObject* GeneratorObject::unlink_from_delegator() {
    GeneratorObject* parent = delegator_;
    GeneratorObject* root = chain_;
    parent->delegate_ = nullptr;
    delegator_ = nullptr;
    chain_ = nullptr;
    return_link_ = false;
    root->chain_ = parent == root ? nullptr : parent;
    return parent;
}

void GeneratorObject::dissolve_chain() {
    GeneratorObject* member = this;
    while (member) {
        GeneratorObject* next = member->delegate_;
        member->delegate_ = nullptr;
        member->delegator_ = nullptr;
        member->chain_ = nullptr;
        member->return_link_ = false;
        member->has_return_links_ = false;
        member = next;
    }
}

AsyncFunctionObject* AsyncFunctionObject::create(VM& vm, JSFunction* callee, const PromiseCapability& capability) {
    std::uint32_t count = callee->code_block()->register_count;
    return vm.heap().allocate_with_extra<AsyncFunctionObject>(count * sizeof(Value), count, capability);
}

AsyncFunctionObject::AsyncFunctionObject(std::uint32_t register_count, const PromiseCapability& capability)
    : register_count_(register_count), capability_(capability) {
    reset_heap_frame(frame_, registers(), register_count, this, FrameKind::Async);
}

void AsyncFunctionObject::release_frame() {
    reset_heap_frame(frame_, registers(), register_count_, this, FrameKind::Async);
    completed_ = true;
}

void AsyncFunctionObject::visit_edges(Visitor& visitor) {
    if (frame_.code_block) frame_.visit(visitor);
    visitor.visit(capability_.promise);
    visitor.visit(capability_.resolve);
    visitor.visit(capability_.reject);
}

AsyncGeneratorObject* AsyncGeneratorObject::create(VM& vm, JSFunction* callee) {
    std::uint32_t count = callee->code_block()->register_count;
    return vm.heap().allocate_with_extra<AsyncGeneratorObject>(count * sizeof(Value), Shape::create_root(vm, nullptr),
                                                               count);
}

AsyncGeneratorObject::AsyncGeneratorObject(Shape* shape, std::uint32_t register_count)
    : JSObject(shape), register_count_(register_count) {
    set_ordinary_methods(true, true);
    reset_heap_frame(frame_, registers(), register_count, this, FrameKind::AsyncGenerator);
}

void AsyncGeneratorObject::release_frame() {
    reset_heap_frame(frame_, registers(), register_count_, this, FrameKind::AsyncGenerator);
}

void AsyncGeneratorObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    if (frame_.code_block) frame_.visit(visitor);
    for (const Request& request : queue_) {
        visitor.visit(request.value);
        visitor.visit(request.capability.promise);
        visitor.visit(request.capability.resolve);
        visitor.visit(request.capability.reject);
    }
}

} // namespace yjs
