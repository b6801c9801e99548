// Public entry of lib/random: seeded generators and hashing.
export { createRng, shuffle, pick, type Rng } from "./prng";
export { hashString, deriveSeed, shortHash } from "./hash";
