import { definePreset } from './define.js';

/** Bundler, RubyGems and Rake: Ruby files that the tools evaluate as code. */
export const RUBY_PRESET = definePreset({
  name: 'ruby',
  summary: 'Ruby: Bundler Gemfiles and lock files, gemspecs, Rake tasks, Bundler settings and the Ruby version pin.',
  entries: [
    { glob: '**/gemfile', why: 'Ruby code that Bundler evaluates; it lists gems and the sources they come from.' },
    { glob: '**/gemfile.lock', why: 'Pins the version and source of every gem Bundler installs.' },
    { glob: '**/*.gemfile', why: 'Extra Gemfiles (for example Appraisal) that Bundler evaluates as Ruby code.' },
    { glob: '**/gems.rb', why: 'Alternative Gemfile name; Ruby code that Bundler evaluates.' },
    { glob: '**/gems.locked', why: 'Alternative Gemfile.lock name; pins every gem Bundler installs.' },
    { glob: '**/*.gemspec', why: 'Gem specification: Ruby code evaluated by Bundler and gem build, with its dependencies.' },
    { glob: '**/rakefile', why: 'Rake tasks: Ruby code that rake runs.' },
    { glob: '**/rakefile.rb', why: 'Rake tasks: Ruby code that rake runs.' },
    { glob: '**/*.rake', why: 'Rake task files, loaded automatically from rakelib/ and by Rails.' },
    { glob: '**/.bundle/config', why: 'Bundler settings; can point Bundler at another Gemfile, path or mirror.' },
    { glob: '**/.ruby-version', why: 'Chooses the Ruby that rbenv, chruby and setup-ruby install.' },
  ],
});
