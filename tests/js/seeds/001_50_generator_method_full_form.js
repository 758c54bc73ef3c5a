let obj = {
  myGeneratorMethod: function* () {
    // ···
  }
};
