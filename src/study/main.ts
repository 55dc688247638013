import { mount } from 'svelte';
import deck from 'virtual:deck';
import Study from './Study.svelte';
import 'virtual:deck-font.css';
import './study.css';

mount(Study, { target: document.getElementById('app')!, props: { deck } });
