// Builds the native module during `npm install`; replaced by the real build script.
console.log('native: build not set up yet');
