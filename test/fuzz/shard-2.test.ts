import { defineShard } from './campaign.js';

// Shard 2 of the fuzz campaign (campaign.ts): its share of every seed model's mutations.
defineShard(2);
